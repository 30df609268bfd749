package org.tessera.identity;

/** How other modules see a person: enough to show and to address them. */
public record UserSummary(long id, String email, String name, Role role, Long organizationId) {

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
