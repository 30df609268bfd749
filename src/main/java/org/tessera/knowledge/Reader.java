package org.tessera.knowledge;

import org.tessera.identity.Actor;
import org.tessera.identity.Role;

/**
 * Whoever reads the knowledge base, including somebody who has not signed in. What they may read follows from their
 * role and organization alone; the queries turn it into SQL.
 */
public record Reader(Long userId, Role role, Long organizationId) {

    private static final Reader ANONYMOUS = new Reader(null, null, null);

    public static Reader anonymous() {
        return ANONYMOUS;
    }

    public static Reader of(Actor actor) {
        if (actor == null) {
            return ANONYMOUS;
        }
        // Automation acts as the system: it reads like the helpdesk's own people.
        return new Reader(actor.userId(), actor.role(), actor.isCustomer() ? actor.organizationId() : null);
    }

    public boolean isAnonymous() {
        return role == null;
    }

    /** Admins, agents and collaborators read every audience, internal articles included. */
    public boolean isColleague() {
        return role != null && role != Role.CUSTOMER;
    }

    /** Admins and agents write articles; collaborators only read them. */
    public boolean isAuthor() {
        return role == Role.ADMIN || role == Role.AGENT;
    }

    /** A vote is counted once per reader: per account, or per browser for people who have not signed in. */
    public String voterKey(String browserKey) {
        return userId != null ? "u:" + userId : "b:" + browserKey;
    }
}
