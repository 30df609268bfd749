package org.tessera.identity;

/**
 * The user on whose behalf something happens, passed explicitly into every use case so that the domain never reads
 * ambient security state. {@link #system()} acts for automation and has no user behind it; {@code via} says what
 * acted (a rule's name, say) and is recorded in the ticket's history.
 */
public record Actor(Long userId, Role role, Long organizationId, boolean organizationSharesTickets, String via) {

    private static final Actor SYSTEM = new Actor(null, Role.ADMIN, null, false, null);

    public Actor(Long userId, Role role, Long organizationId, boolean organizationSharesTickets) {
        this(userId, role, organizationId, organizationSharesTickets, null);
    }

    public static Actor system() {
        return SYSTEM;
    }

    /** The system acting for something nameable: {@code Actor.system("Rule: reopen on customer reply")}. */
    public static Actor system(String via) {
        return SYSTEM.via(via);
    }

    public Actor via(String what) {
        return new Actor(userId, role, organizationId, organizationSharesTickets, what);
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
