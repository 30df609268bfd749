package org.tessera.identity.internal;

import org.tessera.identity.Actor;

/** The account behind an API token, read with the token in one statement, and the actor it acts as. */
public record TokenAccount(User user, boolean organizationSharesTickets) {

    public Actor actor() {
        return new Actor(user.id(), user.role(), user.organizationId(), organizationSharesTickets);
    }
}
