package org.tessera.identity;

/** What a user is to the helpdesk; each user has exactly one. */
public enum Role {
    /** Runs the helpdesk: configuration, people, everything an agent does. */
    ADMIN,
    /** Works tickets: sees every ticket, replies, writes internal notes. */
    AGENT,
    /** A colleague inside the company: files and follows internal requests, may write internal notes. */
    COLLABORATOR,
    /** Asks for help: sees their own tickets (and their organization's, where it shares them), never internal notes. */
    CUSTOMER;

    /** Agents and admins: the people who work the queue and see every ticket. */
    public boolean isStaff() {
        return this == ADMIN || this == AGENT;
    }

    /** Internal notes stay on this side of the counter. */
    public boolean seesInternalNotes() {
        return this != CUSTOMER;
    }
}
