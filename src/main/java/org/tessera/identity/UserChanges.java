package org.tessera.identity;

/** An administrator's edit of a user account. */
public record UserChanges(String email, String name, Role role, Long organizationId, boolean active) {
}
