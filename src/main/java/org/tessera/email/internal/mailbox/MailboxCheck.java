package org.tessera.email.internal.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.stereotype.Component;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.internal.ConnectionProblems;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.outbox.OutgoingServers;

/** Signs in to a mailbox's servers and reports what they said, taking and sending nothing. */
@Component
public class MailboxCheck {

    private final MailStores stores;
    private final OutgoingServers outgoing;

    MailboxCheck(MailStores stores, OutgoingServers outgoing) {
        this.stores = stores;
        this.outgoing = outgoing;
    }

    public String run(Mailbox mailbox) {
        var report = new StringBuilder();
        if (mailbox.protocol() == Protocol.NONE) {
            report.append("Receives by SMTP only (the built-in receiver). ");
        } else {
            try (Store store = stores.connect(mailbox)) {
                Folder folder = store.getFolder(mailbox.protocol() == Protocol.POP3 ? "INBOX" : mailbox.folder());
                folder.open(Folder.READ_ONLY);
                int count = folder.getMessageCount();
                folder.close(false);
                boolean idle = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
                report.append(mailbox.protocol()).append(": signed in; ").append(folder.getFullName())
                        .append(" holds ").append(count).append(count == 1 ? " message" : " messages")
                        .append(mailbox.protocol() == Protocol.IMAP ? idle ? " (IDLE supported)" : " (no IDLE)" : "")
                        .append(". ");
            } catch (MessagingException | RuntimeException failed) {
                report.append(mailbox.protocol()).append(": failed: ").append(ConnectionProblems.describe(failed))
                        .append(". ");
            }
        }
        report.append(outgoing.check(mailbox));
        return report.toString().strip();
    }
}
