package org.tessera.ticket.web;

/** The administrator's form that creates a ticket type. */
record NewTypeForm(String key, String name) {

    static NewTypeForm empty() {
        return new NewTypeForm("", "");
    }
}
