package org.tessera.notification.internal;

import java.util.List;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.TicketDetails;

/** The people of a ticket that notifications concern: its requester, its assignee (or null), its followers. */
public record Participants(UserSummary requester, UserSummary assignee, List<UserSummary> followers) {

    static Participants of(TicketDetails ticket) {
        return new Participants(ticket.requester(), ticket.assignee(), ticket.followers());
    }
}
