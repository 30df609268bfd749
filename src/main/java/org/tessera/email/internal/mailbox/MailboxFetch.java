package org.tessera.email.internal.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tessera.email.Arrival;
import org.tessera.email.IntakeResult;
import org.tessera.email.MailIntake;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.internal.Mailbox;

/**
 * Takes the waiting mail of one mailbox in, one message at a time: each is stored and committed by the intake
 * before it is marked done in the mailbox (deleted, moved, or flagged as taken), so a crash at any moment loses
 * nothing, and what was committed but not yet marked is recognised by its Message-ID on the next round. A message
 * that cannot be read ends in the quarantine, never in a stuck poller.
 */
@Component
public class MailboxFetch {

    /** The IMAP keyword for "taken in", where the server allows keywords; otherwise \Seen. */
    static final String TAKEN = "$TesseraTaken";
    private static final Logger log = LoggerFactory.getLogger(MailboxFetch.class);
    private static final int BATCH = 50;

    private final MailStores stores;
    private final MailIntake intake;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailboxFetch(MailStores stores, MailIntake intake, JdbcTemplate jdbc, Optional<Clock> clock) {
        this.stores = stores;
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Fetches until the mailbox is empty, the batch is done, or the time is up; answers how many were taken. */
    public int fetch(Mailbox mailbox, Duration budget) throws MessagingException {
        Instant deadline = clock.instant().plus(budget);
        try (Store store = stores.connect(mailbox)) {
            return mailbox.protocol() == Protocol.POP3 ? pop3(store, mailbox, deadline) : imap(store, mailbox, deadline);
        }
    }

    private int imap(Store store, Mailbox mailbox, Instant deadline) throws MessagingException {
        Folder folder = store.getFolder(mailbox.folder());
        folder.open(Folder.READ_WRITE);
        int taken = 0;
        boolean expunge = mailbox.afterImport() != AfterImport.FLAG;
        try {
            Flags takenFlag = takenFlag(folder);
            Message[] waiting = mailbox.afterImport() == AfterImport.FLAG
                    ? folder.search(new FlagTerm(takenFlag, false)) : folder.getMessages();
            var profile = new FetchProfile();
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(waiting, profile);
            Folder target = mailbox.afterImport() == AfterImport.MOVE ? target(store, mailbox) : null;
            for (Message message : waiting) {
                if (clock.instant().isAfter(deadline) || taken >= BATCH) {
                    break;
                }
                if (message.isSet(Flags.Flag.DELETED)) {
                    continue; // taken in a round that ended before expunging
                }
                byte[] raw = raw(message, mailbox);
                if (raw == null) {
                    continue;
                }
                take(raw, mailbox, "imap");
                switch (mailbox.afterImport()) {
                    case DELETE -> message.setFlag(Flags.Flag.DELETED, true);
                    case MOVE -> move(folder, message, target);
                    case FLAG -> message.setFlags(takenFlag, true);
                }
                taken++;
            }
        } finally {
            if (folder.isOpen()) {
                folder.close(expunge);
            }
        }
        return taken;
    }

    private int pop3(Store store, Mailbox mailbox, Instant deadline) throws MessagingException {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        int taken = 0;
        boolean keep = mailbox.afterImport() != AfterImport.DELETE;
        try {
            Message[] waiting = inbox.getMessages();
            if (keep) {
                var profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                inbox.fetch(waiting, profile);
            }
            for (Message message : waiting) {
                if (clock.instant().isAfter(deadline) || taken >= BATCH) {
                    break;
                }
                String uid = keep ? ((POP3Folder) inbox).getUID(message) : null;
                if (uid != null && seen(mailbox, uid)) {
                    continue;
                }
                byte[] raw = raw(message, mailbox);
                if (raw == null) {
                    continue;
                }
                take(raw, mailbox, "pop3");
                if (keep && uid != null) {
                    jdbc.update("insert into email_pop3_seen (mailbox_id, uid) values (?, ?) on conflict do nothing",
                            mailbox.id(), uid);
                } else {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
                taken++;
            }
        } finally {
            // POP3 deletes at QUIT: a crash before it leaves every message on the server, to be recognised again.
            if (inbox.isOpen()) {
                inbox.close(!keep);
            }
        }
        return taken;
    }

    private void take(byte[] raw, Mailbox mailbox, String protocol) {
        IntakeResult result = intake.receive(raw, Arrival.mailbox(mailbox.id(), protocol));
        if (result.isQuarantined()) {
            log.info("An email from mailbox {} is held: {}", mailbox.name(), result.reason());
        }
    }

    /** The message's bytes as the server keeps them; null (and it stays in the mailbox) if they cannot be read. */
    private static byte[] raw(Message message, Mailbox mailbox) {
        try {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException unreadable) {
            log.warn("A message in mailbox {} could not be downloaded; it stays there: {}", mailbox.name(),
                    unreadable.toString());
            return null;
        }
    }

    private static Flags takenFlag(Folder folder) {
        Flags permanent = folder.getPermanentFlags();
        if (permanent != null && permanent.contains(Flags.Flag.USER)) {
            return new Flags(TAKEN);
        }
        return new Flags(Flags.Flag.SEEN);
    }

    private static Folder target(Store store, Mailbox mailbox) throws MessagingException {
        Folder target = store.getFolder(mailbox.moveToFolder());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        return target;
    }

    private static void move(Folder folder, Message message, Folder target) throws MessagingException {
        if (folder instanceof IMAPFolder imap && folder.getStore() instanceof IMAPStore store
                && store.hasCapability("MOVE")) {
            imap.moveMessages(new Message[] {message}, target);
        } else {
            folder.copyMessages(new Message[] {message}, target);
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    private boolean seen(Mailbox mailbox, String uid) {
        Integer n = jdbc.queryForObject("select count(*) from email_pop3_seen where mailbox_id = ? and uid = ?",
                Integer.class, mailbox.id(), uid);
        return n != null && n > 0;
    }
}
