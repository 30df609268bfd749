package org.tessera.ticket;

import java.time.Instant;
import java.util.List;

/** Fields of a ticket changed; the list holds exactly what the history recorded. */
public record TicketChanged(long ticketId, long number, long version, Long actorId, List<FieldChange> changes,
                            Instant at) {

    public boolean changed(String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }
}
