package org.tessera.ticket;

import org.tessera.identity.Actor;

/**
 * What another module needs to know about a ticket the actor may see: for the conversation, whether they may read
 * or write internal notes and whether the ticket is closed.
 */
public record TicketAccess(long ticketId, long number, long requesterId, StatusCategory category, Actor actor) {

    public boolean closed() {
        return category == StatusCategory.CLOSED;
    }
}
