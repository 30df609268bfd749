package org.tessera.identity;

/** What it takes to register a person; a null password means they cannot sign in with one (yet). */
public record NewUser(String email, String name, Role role, Long organizationId, String password) {
}
