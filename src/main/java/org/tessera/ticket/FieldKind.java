package org.tessera.ticket;

/** The kinds of custom field an administrator can add to a ticket type. */
public enum FieldKind {
    TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_SELECT, MULTI_SELECT, CHECKBOX;

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }
}
