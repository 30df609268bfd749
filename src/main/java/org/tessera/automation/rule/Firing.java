package org.tessera.automation.rule;

import java.util.List;
import org.tessera.ticket.FieldChange;

/**
 * What one rule would do to one ticket: the state before and after its field changes, what it sends, which of its
 * actions cannot be carried out (and why), and whether it routed the ticket (routing picks the agent again when
 * applied, so that concurrent tickets still take turns).
 */
public record Firing(Rule rule, TicketState before, TicketState after, List<Outgoing> outgoing,
                     List<Problem> problems, Action.Route routed) {

    /** An action that cannot be carried out, and why; it is logged on the ticket, the other actions go ahead. */
    public record Problem(int actionIndex, String reason) {
    }

    public List<FieldChange> changes() {
        return Edits.changes(before, after);
    }

    public boolean changesFields() {
        return !changes().isEmpty();
    }
}
