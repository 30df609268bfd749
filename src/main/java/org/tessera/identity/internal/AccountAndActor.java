package org.tessera.identity.internal;

import org.tessera.identity.Actor;

/** An account as a request signs in with it (by token or session), read in one statement with what its actor needs. */
public record AccountAndActor(User user, boolean organizationSharesTickets) {

    public Actor actor() {
        return new Actor(user.id(), user.role(), user.organizationId(), organizationSharesTickets);
    }
}
