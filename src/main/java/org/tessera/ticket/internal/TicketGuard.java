package org.tessera.ticket.internal;

import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketEdit;

/**
 * Who may see and change a ticket. Staff see all; anyone sees what they requested or follow; a customer also sees
 * their organization's tickets when it shares them. The same rules, as SQL, live in {@link TicketSearch}.
 */
public final class TicketGuard {

    private TicketGuard() {
    }

    public static boolean canSee(Ticket ticket, Actor actor) {
        if (actor.isStaff()) {
            return true;
        }
        Long me = actor.userId();
        return me != null && (me.equals(ticket.requesterId()) || ticket.followers().contains(me)
                || actor.isCustomer() && actor.organizationSharesTickets()
                   && actor.organizationId() != null && actor.organizationId().equals(ticket.organizationId()));
    }

    /** 404, not 403: a caller must not learn that a ticket they may not see exists. */
    public static Ticket requireVisible(Ticket ticket, Actor actor) {
        if (ticket == null || !canSee(ticket, actor)) {
            throw new NotFound("Ticket");
        }
        return ticket;
    }

    /**
     * Staff edit anything; a customer may only mark a request resolved or reopen it, and only one they requested or
     * follow: seeing an organization colleague's request (where the organization shares them) is not owning it.
     */
    public static void checkEdit(Ticket ticket, TicketEdit edit, StatusCategory targetCategory, Actor actor) {
        if (actor.isStaff()) {
            return;
        }
        boolean customerStatusChange = actor.isCustomer() && edit.isOnlyStatus()
                && (targetCategory == StatusCategory.RESOLVED || targetCategory == StatusCategory.OPEN);
        if (!customerStatusChange) {
            throw new InvalidInput(firstField(edit), actor.isCustomer()
                    ? "customers may only mark a ticket resolved or reopen it"
                    : "only agents change ticket fields");
        }
        Long me = actor.userId();
        if (me == null || !me.equals(ticket.requesterId()) && !ticket.followers().contains(me)) {
            throw new InvalidInput("status", "only the requester and those who follow a ticket mark it resolved or"
                    + " reopen it; follow it first");
        }
    }

    private static String firstField(TicketEdit e) {
        if (e.subject() != null) return "subject";
        if (e.description() != null) return "description";
        if (e.typeKey() != null) return "type";
        if (e.priority() != null) return "priority";
        if (e.assigneeId() != null) return "assigneeId";
        if (e.teamId() != null) return "teamId";
        if (e.requesterId() != null) return "requesterId";
        if (e.tags() != null) return "tags";
        if (e.dueAt() != null) return "dueAt";
        if (e.customFields() != null) return "customFields";
        if (e.followerIds() != null) return "followerIds";
        return "status";
    }
}
