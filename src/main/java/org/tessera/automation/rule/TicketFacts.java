package org.tessera.automation.rule;

import java.time.Instant;
import java.util.List;
import org.tessera.conversation.Visibility;
import org.tessera.ticket.FieldChange;

/**
 * Everything a rule's conditions may ask about one event on one ticket: the ticket's state, what changed, the
 * message that came in (for message triggers), the SLA target that warned or breached, and when.
 */
public record TicketFacts(TicketState ticket, Trigger trigger, List<FieldChange> changes, Message message,
                          SlaTarget sla, Instant at) {

    /** The message a message trigger is about; body is plain text. */
    public record Message(long id, Visibility visibility, String channel, String body) {
    }

    /** The SLA target an SLA trigger is about. */
    public record SlaTarget(String metric, Instant dueAt) {
    }

    public TicketFacts withTicket(TicketState state) {
        return new TicketFacts(state, trigger, changes, message, sla, at);
    }

    /** The facts of a change rules made within the chain: an update, without the original message. */
    public TicketFacts asUpdate(TicketState state, List<FieldChange> derived) {
        boolean status = derived.stream().anyMatch(c -> c.field().equals("status"));
        return new TicketFacts(state, status ? Trigger.STATUS_CHANGED : Trigger.TICKET_UPDATED, derived, null, null,
                at);
    }

    public boolean changed(String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }

    /** The channel of the message for message triggers, else the ticket's. */
    public String channel() {
        return message != null ? message.channel() : ticket.channel();
    }

    /** The message's text for message triggers, else the ticket's description. */
    public String body() {
        return message != null ? message.body() : ticket.description();
    }
}
