package org.tessera.ticket.web;

import org.tessera.ticket.StatusCategory;

/** Adds a status to a ticket type's workflow. */
record NewStatusForm(String key, String name, StatusCategory category) {

    static NewStatusForm empty() {
        return new NewStatusForm("", "", StatusCategory.OPEN);
    }
}
