package org.tessera.email;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.email.internal.EmailSettings;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.intake.EmailRecord;
import org.tessera.email.internal.intake.EmailRecords;
import org.tessera.web.PublicAddress;

/**
 * What the email channel knows that deciding who to tell needs: whether a ticket was opened by mail no one may
 * answer automatically, who already received a message because it was an email written to them, the name the
 * helpdesk signs with, and where agents open a ticket.
 */
@Service
@Transactional(readOnly = true)
public class Correspondence {

    private final EmailRecords records;
    private final MailboxDirectory mailboxes;
    private final EmailSettings settings;
    private final PublicAddress publicAddress;

    Correspondence(EmailRecords records, MailboxDirectory mailboxes, EmailSettings settings,
                   PublicAddress publicAddress) {
        this.records = records;
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.publicAddress = publicAddress;
    }

    /** Why the email that opened the ticket must not be answered automatically, or null when it may be. */
    public String openedByAutomaticMail(long ticketId) {
        List<EmailRecord> emails = records.ofTicket(ticketId);
        return emails.isEmpty() ? null : emails.get(0).automatic();
    }

    /**
     * What an email that became this message already did: everyone it was from or written to (lower case) has it,
     * and the email that opened its ticket was told of as the new ticket. Nothing for messages of other channels.
     */
    public ReceivedByEmail receivedByEmail(long conversationMessageId) {
        return records.byConversationMessage(conversationMessageId).map(email -> {
            var addresses = new LinkedHashSet<String>();
            if (email.fromAddress() != null) {
                addresses.add(email.fromAddress());
            }
            addresses.addAll(email.recipientAddresses());
            return new ReceivedByEmail(addresses, email.threadedBy() == Threading.NEW_TICKET);
        }).orElse(new ReceivedByEmail(Set.of(), false));
    }

    public record ReceivedByEmail(Set<String> addresses, boolean openedTicket) {
    }

    /** The name the helpdesk signs emails about this ticket with: its mailbox's name. */
    public String signature(long ticketId) {
        return records.ofTicket(ticketId).stream().filter(r -> r.mailboxId() != null).findFirst()
                .flatMap(r -> mailboxes.byId(r.mailboxId())).map(Mailbox::name)
                .orElse(settings.supportName());
    }

    /**
     * The address of a ticket's page, for links in emails to agents: at TESSERA_BASE_URL when set, else at the
     * address people reach Tessera at (TESSERA_PUBLIC_URL), like every other link in an email.
     */
    public String ticketLink(long ticketNumber) {
        String base = settings.baseUrl();
        return base == null ? publicAddress.of("/tickets/" + ticketNumber) : base + "/tickets/" + ticketNumber;
    }
}
