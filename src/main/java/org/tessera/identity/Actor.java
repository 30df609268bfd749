package org.tessera.identity;

/**
 * The user on whose behalf something happens, passed explicitly into every use case so that the domain never reads
 * ambient security state. {@link #system()} acts for automation and has no user behind it.
 */
public record Actor(Long userId, Role role, Long organizationId, boolean organizationSharesTickets) {

    private static final Actor SYSTEM = new Actor(null, Role.ADMIN, null, false);

    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    public boolean seesInternalNotes() {
        return role.seesInternalNotes();
    }
}
