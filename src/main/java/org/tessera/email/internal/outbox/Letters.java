package org.tessera.email.internal.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.email.OutboxEntry.Status;
import org.tessera.email.OutgoingMail;
import org.tessera.email.internal.EmailSettings;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.MessageIds;
import org.tessera.email.internal.intake.EmailRecord;
import org.tessera.email.internal.intake.EmailRecords;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Emails;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;

/**
 * Turns an email to send into an outbox row: from the mailbox the ticket came through, with a reply address that
 * names the ticket, the [#1042] token in the subject, a signed Message-ID, and In-Reply-To and References pointing at
 * the recipient's own last email on the ticket (else the ticket's), so their client shows one conversation. Loop
 * guards hold automatic mail: never to Tessera's own addresses, and never more than a few per hour to anyone outside
 * the helpdesk. Its own people (agents, administrators, collaborators) are exempt from that limit: their assignments
 * and internal notes are work, however many come in an hour, and a loop through their mailboxes is stopped where the
 * mail comes back in (the intake holds a sender who writes faster than a person).
 */
@Component
public class Letters {

    private static final int MAX_REFERENCES = 10;

    private final TicketQueries tickets;
    private final EmailRecords inbound;
    private final OutboxRecords outbox;
    private final MailboxDirectory mailboxes;
    private final MessageIds ids;
    private final EmailSettings settings;
    private final Directory directory;
    private final Clock clock;

    Letters(TicketQueries tickets, EmailRecords inbound, OutboxRecords outbox, MailboxDirectory mailboxes,
            MessageIds ids, EmailSettings settings, Directory directory, Optional<Clock> clock) {
        this.tickets = tickets;
        this.inbound = inbound;
        this.outbox = outbox;
        this.mailboxes = mailboxes;
        this.ids = ids;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Optional<OutboxRow> write(OutgoingMail mail) {
        String recipient = mail.recipient() == null ? "" : Emails.canonical(mail.recipient());
        if (!Emails.isValid(recipient) || recipient.equals(Directory.SYSTEM_EMAIL) || recipient.endsWith(".invalid")) {
            return Optional.empty();
        }
        if (mail.ticketId() == null) {
            return Optional.of(aboutNoTicket(mail, recipient));
        }
        TicketDetails ticket = tickets.get(mail.ticketId(), Actor.system());
        List<EmailRecord> allReceived = inbound.ofTicket(ticket.id());
        Mailbox mailbox = allReceived.stream().filter(r -> r.mailboxId() != null).findFirst()
                .flatMap(r -> mailboxes.byId(r.mailboxId())).filter(Mailbox::active)
                .orElseGet(mailboxes::support);
        // An answer refers only to Message-IDs its reader's client knows, never to one Tessera made up.
        List<EmailRecord> received = allReceived.stream().filter(EmailRecord::hasSendersMessageId).toList();
        List<OutboxRow> earlier = outbox.sentTo(ticket.id(), recipient);
        String inReplyTo = answered(received, earlier, recipient);
        Instant now = clock.instant();
        String hold = hold(mail, recipient, now);
        return Optional.of(new OutboxRow(0, mail.eventKey(), recipient, mail.recipientName(), ticket.id(),
                mailbox.id(), mailbox.address(), fromName(mail, mailbox), mailbox.replyAddressFor(ticket.number()),
                ids.next(ticket.number()), inReplyTo, references(received, earlier, inReplyTo), topic(ticket.subject()),
                ThreadIndex.of(ticket.id(), ticket.createdAt(), outbox.countForTicket(ticket.id()), now),
                subject(mail.subject(), ticket.number()), mail.text(), mail.html(),
                mail.attachmentIds() == null ? List.of() : mail.attachmentIds(), mail.automatic(), mail.internal(),
                hold == null ? Status.QUEUED : Status.SUPPRESSED, 0, now, hold, null, now));
    }

    /** Account mail (sign-in links, confirmations): from the support mailbox, starting no thread. */
    private OutboxRow aboutNoTicket(OutgoingMail mail, String recipient) {
        Mailbox mailbox = mailboxes.support();
        Instant now = clock.instant();
        String hold = hold(mail, recipient, now);
        String subject = mail.subject() == null || mail.subject().isBlank() ? mailbox.name() : mail.subject().strip();
        return new OutboxRow(0, mail.eventKey(), recipient, mail.recipientName(), null, mailbox.id(),
                mailbox.address(), fromName(mail, mailbox), mailbox.address(), ids.next(0), null, List.of(),
                topic(subject), ThreadIndex.of(0, now, 0, now), subject, mail.text(), mail.html(),
                mail.attachmentIds() == null ? List.of() : mail.attachmentIds(), mail.automatic(), mail.internal(),
                hold == null ? Status.QUEUED : Status.SUPPRESSED, 0, now, hold, null, now);
    }

    /** Why this email must not go, or null. */
    private String hold(OutgoingMail mail, String recipient, Instant now) {
        if (mailboxes.isOurs(recipient)) {
            return "not sent: " + recipient + " is one of Tessera's own addresses (a mail loop)";
        }
        if (mail.automatic() && !insideTheHelpdesk(recipient)
                && outbox.automaticSince(recipient, now.minus(Duration.ofHours(1))) >= settings.autoReplyLimit()) {
            return "not sent: " + settings.autoReplyLimit() + " automatic emails went to " + recipient
                    + " in the last hour (a loop guard)";
        }
        return null;
    }

    private boolean insideTheHelpdesk(String recipient) {
        return directory.userByEmail(recipient).map(user -> user.role().seesInternalNotes()).orElse(false);
    }

    /** The email this one answers: the recipient's own latest, else the ticket's latest, else our last to them. */
    private static String answered(List<EmailRecord> received, List<OutboxRow> earlier, String recipient) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (recipient.equalsIgnoreCase(received.get(i).fromAddress())) {
                return received.get(i).messageId();
            }
        }
        if (!received.isEmpty()) {
            return received.get(received.size() - 1).messageId();
        }
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).messageId();
    }

    /**
     * The thread's first email, then its most recent ones, in the order they were written; the one answered is
     * among them (it is the newest from the recipient, or added at the end).
     */
    private static List<String> references(List<EmailRecord> received, List<OutboxRow> earlier, String inReplyTo) {
        record Sent(String id, Instant at) {
        }
        var all = new ArrayList<Sent>();
        received.forEach(r -> all.add(new Sent(r.messageId(), r.receivedAt())));
        earlier.forEach(r -> all.add(new Sent(r.messageId(), r.createdAt())));
        all.sort(Comparator.comparing(Sent::at));
        var chosen = new LinkedHashSet<String>();
        if (!all.isEmpty()) {
            chosen.add(all.get(0).id());
        }
        all.stream().skip(Math.max(1, all.size() - (MAX_REFERENCES - 1))).forEach(s -> chosen.add(s.id()));
        if (inReplyTo != null) {
            chosen.add(inReplyTo);
        }
        return new ArrayList<>(chosen);
    }

    private static String fromName(OutgoingMail mail, Mailbox mailbox) {
        return mail.senderName() == null || mail.senderName().isBlank() ? mailbox.name()
                : mail.senderName() + " (" + mailbox.name() + ")";
    }

    /** The [#1042] token keeps the answer on its ticket even when a client drops the threading headers. */
    static String subject(String subject, long number) {
        String token = "[#" + number + "]";
        String clean = subject == null || subject.isBlank() ? token : subject.strip();
        return clean.contains(token) ? clean : clean + " " + token;
    }

    /** Outlook's conversation topic: the subject without reply prefixes or our token. */
    static String topic(String subject) {
        return subject.replaceAll("(?i)^((re|aw|fwd?|wg|sv|vs|antw)\\s*:\\s*)+", "")
                .replaceAll("\\s*\\[#\\d+]\\s*", " ").strip();
    }
}
