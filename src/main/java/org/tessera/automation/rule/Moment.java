package org.tessera.automation.rule;

/** The moment a time rule measures from. */
public enum Moment {
    CREATED, UPDATED, STATUS_CHANGED
}
