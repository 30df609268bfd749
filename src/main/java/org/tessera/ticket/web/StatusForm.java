package org.tessera.ticket.web;

import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;

/** Renames, recategorizes or moves one status. */
record StatusForm(String name, StatusCategory category, Integer position) {

    static StatusForm of(StatusView status) {
        return new StatusForm(status.name(), status.category(), status.position());
    }

    int wholePosition() {
        return Positions.require(position);
    }
}
