package org.tessera.ticket;

import java.util.Set;

/** A status of one ticket type and the statuses a ticket may move to from it. */
public record StatusView(long id, long typeId, String key, String name, StatusCategory category, int position,
                         Set<Long> next) {

    public boolean allows(StatusView target) {
        return next.contains(target.id());
    }
}
