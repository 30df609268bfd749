package org.tessera.email.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.FileStore;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.ReceivedMessage;
import org.tessera.conversation.Visibility;
import org.tessera.email.IntakeResult;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.mime.MailAddress;
import org.tessera.email.internal.mime.ParsedMessage;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Emails;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.Workflows;

/**
 * The last step of the intake: the email becomes a new ticket (its text the description, the email itself the
 * first public message, with its HTML and files, people from To and Cc following), or a message on the ticket it
 * continues, as from its sender; then the record says where it landed and why.
 */
@Component
class TicketDelivery {

    /** Ticket subjects and descriptions have these limits (the ticket module's rules). */
    static final int MAX_SUBJECT = 250;
    static final int MAX_DESCRIPTION = 200_000;
    static final int MAX_FOLLOWERS = 10;

    private final TicketManagement tickets;
    private final Conversations conversations;
    private final UserManagement users;
    private final Directory directory;
    private final MailboxDirectory mailboxes;
    private final Workflows workflows;
    private final EmailRecords records;
    private final FileStore files;
    private final Clock clock;

    TicketDelivery(TicketManagement tickets, Conversations conversations, UserManagement users, Directory directory,
                   MailboxDirectory mailboxes, Workflows workflows, EmailRecords records, FileStore files,
                   Optional<Clock> clock) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.users = users;
        this.directory = directory;
        this.mailboxes = mailboxes;
        this.workflows = workflows;
        this.records = records;
        this.files = files;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    IntakeResult deliver(Inbound inbound, long recordId) {
        ReceivedContent content = ReceivedContent.of(inbound.parsed(), files.attachmentLimit());
        long ticketId;
        long ticketNumber;
        MessageView message;
        if (inbound.continuesTicket()) {
            ticketId = inbound.ticketId();
            ticketNumber = inbound.ticketNumber();
            message = append(inbound, content);
        } else {
            TicketDetails ticket = open(inbound);
            ticketId = ticket.id();
            ticketNumber = ticket.number();
            message = conversations.receive(new ReceivedMessage(ticketId, inbound.sender().id(), Visibility.PUBLIC,
                    content.text(), content.html(), content.files(), "email"));
        }
        records.complete(recordId, inbound.mailbox().id(), ticketId, message.id(), inbound.parsed(),
                inbound.noAutoReply(), inbound.parsed().automatic().bulk() || inbound.parsed().automatic().list(),
                inbound.threading(), inbound.threadingDetail(), now());
        return new IntakeResult(ticketId, ticketNumber, message.id(), recordId, !inbound.continuesTicket(), false,
                null, null, inbound.threading().name());
    }

    private MessageView append(Inbound inbound, ReceivedContent content) {
        long ticketId = inbound.ticketId();
        if (inbound.deliveryReport()) {
            return conversations.receive(new ReceivedMessage(ticketId, directory.systemUserId(), Visibility.INTERNAL,
                    "Delivery failed: " + subject(inbound.parsed()) + "\n\n" + content.text(), content.html(),
                    content.files(), "email"));
        }
        UserSummary sender = inbound.sender();
        if (inbound.senderJoins() && !sender.role().isStaff()) {
            tickets.follow(ticketId, sender.id(), true, system(inbound));
        }
        Visibility visibility = inbound.internal() && sender.role().seesInternalNotes() ? Visibility.INTERNAL
                : Visibility.PUBLIC;
        return conversations.receive(new ReceivedMessage(ticketId, sender.id(), visibility, content.text(),
                content.html(), content.files(), "email"));
    }

    private TicketDetails open(Inbound inbound) {
        ParsedMessage parsed = inbound.parsed();
        Mailbox mailbox = inbound.mailbox();
        String typeKey = mailbox.typeKey() != null && workflows.catalog().type(mailbox.typeKey()).isPresent()
                ? mailbox.typeKey() : null;
        Long teamId = mailbox.teamId() != null && directory.team(mailbox.teamId()).isPresent() ? mailbox.teamId()
                : null;
        var request = new OpenTicket(subject(parsed), description(parsed.text()), inbound.sender().id(), typeKey, null,
                null, null, teamId, List.of(), null, Map.of(), followers(inbound), "email");
        return tickets.open(request, system(inbound));
    }

    /**
     * The people the email was also written to (To and Cc, but not Tessera's own addresses) follow the new ticket,
     * so that they hear the answers as they would have in their mail client.
     */
    private List<Long> followers(Inbound inbound) {
        var ids = new LinkedHashSet<Long>();
        for (MailAddress a : inbound.parsed().recipients()) {
            if (ids.size() >= MAX_FOLLOWERS) {
                break;
            }
            String address = a.canonical();
            if (!Emails.isValid(address) || mailboxes.isOurs(address)
                    || address.equalsIgnoreCase(inbound.sender().email()) || address.equals(Directory.SYSTEM_EMAIL)) {
                continue;
            }
            ids.add(users.findOrCreateCustomer(address, a.name()).id());
        }
        ids.remove(inbound.sender().id());
        return new ArrayList<>(ids);
    }

    private static Actor system(Inbound inbound) {
        return Actor.system("email to " + inbound.mailbox().address());
    }

    static String subject(ParsedMessage parsed) {
        String subject = parsed.subject() == null ? "" : parsed.subject().strip().replaceAll("\\s+", " ");
        if (subject.isEmpty()) {
            return "(no subject)";
        }
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
    }

    private static String description(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() > MAX_DESCRIPTION ? clean.substring(0, MAX_DESCRIPTION - 60) + "\n\n[… continued in the"
                + " email below]" : clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
