package org.tessera.email;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.email.internal.intake.EmailRecord;
import org.tessera.email.internal.intake.EmailRecords;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;

/**
 * An agent correcting where an email landed: moving it to the ticket it belongs to, or splitting it off as a new
 * ticket. The email's record follows, so that later replies to it land where it now is.
 */
@Service
@Transactional
public class EmailThreads {

    private final EmailRecords records;
    private final Conversations conversations;
    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final Directory directory;

    EmailThreads(EmailRecords records, Conversations conversations, TicketManagement tickets, TicketQueries queries,
                 Directory directory) {
        this.records = records;
        this.conversations = conversations;
        this.tickets = tickets;
        this.queries = queries;
        this.directory = directory;
    }

    /** Moves the email to the ticket with this number; answers that ticket. */
    public TicketDetails move(long emailId, long targetNumber, Actor actor) {
        EmailRecord email = email(emailId, actor);
        TicketDetails from = queries.get(email.ticketId(), actor);
        TicketDetails target = queries.byNumber(targetNumber, actor);
        if (target.id() == from.id()) {
            throw new Conflict("ticket", "The email is on #" + targetNumber + " already");
        }
        conversations.move(email.conversationMessageId(), target.id(), actor);
        records.moved(emailId, target.id(), Threading.MOVED, "moved from #" + from.number() + " by " + name(actor));
        return target;
    }

    /**
     * Opens a new ticket from the email (its sender the requester, the same type and team) and moves it there. An
     * internal email (an agent's answer to a note, a delivery report) cannot become a ticket: its text would be the new
     * ticket's description, which the requester reads.
     */
    public TicketDetails split(long emailId, Actor actor) {
        EmailRecord email = email(emailId, actor);
        TicketDetails from = queries.get(email.ticketId(), actor);
        MessageView message = conversations.message(email.conversationMessageId(), actor);
        if (message.internal()) {
            throw new Conflict("email", "An internal email stays internal: it cannot become a ticket of its own."
                    + " Move it to another ticket instead");
        }
        long requester = message.author() != null && !message.author().role().isStaff() ? message.author().id()
                : from.requester().id();
        String subject = email.subject() == null || email.subject().isBlank() ? from.subject() : email.subject();
        var request = new OpenTicket(subject.length() > 250 ? subject.substring(0, 250) : subject, message.body(),
                requester, from.type().key(), from.priority(), null, null,
                from.team() == null ? null : from.team().id(), List.of(), null, Map.of(), List.of(), "email");
        TicketDetails created = tickets.open(request, actor);
        conversations.move(message.id(), created.id(), actor);
        records.moved(emailId, created.id(), Threading.SPLIT, "split off #" + from.number() + " by " + name(actor));
        return created;
    }

    private EmailRecord email(long emailId, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents move emails");
        }
        EmailRecord email = records.byId(emailId).orElseThrow(() -> new NotFound("Email " + emailId));
        if (email.ticketId() == null || email.conversationMessageId() == null) {
            throw new NotFound("Email " + emailId);
        }
        return email;
    }

    private String name(Actor actor) {
        return actor.userId() == null ? "Tessera"
                : directory.user(actor.userId()).map(u -> u.displayName()).orElse("an agent");
    }
}
