package org.tessera.ticket.web;

import org.tessera.ticket.TicketTypeView;

/** A ticket type's name, place in lists, and whether new tickets may use it. */
record TypeSettingsForm(String name, Integer position, Boolean active) {

    /** An unticked checkbox sends nothing. */
    TypeSettingsForm {
        active = Boolean.TRUE.equals(active);
    }

    static TypeSettingsForm of(TicketTypeView type) {
        return new TypeSettingsForm(type.name(), type.position(), type.active());
    }

    int wholePosition() {
        return Positions.require(position);
    }
}
