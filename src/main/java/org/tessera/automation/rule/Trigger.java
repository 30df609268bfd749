package org.tessera.automation.rule;

/** What makes a rule look at a ticket. */
public enum Trigger {
    TICKET_CREATED, TICKET_UPDATED, STATUS_CHANGED, MESSAGE_BY_CUSTOMER, MESSAGE_BY_AGENT, MESSAGE_BY_COLLABORATOR,
    /** A time has passed since a moment of the ticket ("pending for 3 days"); checked every minute. */
    TIME_ELAPSED, SLA_WARNING, SLA_BREACHED;

    public boolean isMessage() {
        return this == MESSAGE_BY_CUSTOMER || this == MESSAGE_BY_AGENT || this == MESSAGE_BY_COLLABORATOR;
    }
}
