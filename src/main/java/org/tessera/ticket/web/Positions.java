package org.tessera.ticket.web;

import org.tessera.shared.InvalidInput;

/** Positions order types, statuses and fields; an emptied position field is refused like any other bad input. */
final class Positions {

    private Positions() {
    }

    static int require(Integer position) {
        if (position == null) {
            throw new InvalidInput("position", "must be a whole number");
        }
        return position;
    }
}
