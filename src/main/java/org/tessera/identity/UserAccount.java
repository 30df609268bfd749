package org.tessera.identity;

import java.time.Instant;

/** A user as the administrator sees them, with the state of their account. */
public record UserAccount(long id, String email, String name, Role role, Long organizationId, String locale,
                          boolean active, boolean locked, Instant createdAt) {

    public UserSummary summary() {
        return new UserSummary(id, email, name, role, organizationId);
    }
}
