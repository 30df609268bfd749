package org.tessera.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Role;
import org.tessera.identity.UserSummary;
import org.tessera.notification.NotificationEvent;

/**
 * The rules of who hears about what, as plain decisions over a ticket and a message. Nobody hears about their own
 * message, nor about an email they were sent directly (it is in their mailbox already); customers never hear of
 * internal notes.
 */
final class WhoIsTold {

    private WhoIsTold() {
    }

    /** A new ticket: its requester, when they are not on the helpdesk's side and the mail may be answered. */
    static List<Recipient> aboutNewTicket(Participants ticket, boolean mayAnswerAutomatically) {
        UserSummary requester = ticket.requester();
        if (requester == null || requester.role().isStaff() || !mayAnswerAutomatically) {
            return List.of();
        }
        return List.of(new Recipient(requester, NotificationEvent.ACKNOWLEDGEMENT));
    }

    /**
     * A message: a public one reaches the requester and the customers who follow as the conversation itself, and
     * the assignee and colleagues who follow as an update; an internal note reaches only the assignee and the
     * colleagues who follow.
     */
    static List<Recipient> aboutMessage(Participants ticket, MessageView message, Set<String> alreadyReceived) {
        Map<Long, Recipient> told = new LinkedHashMap<>();
        boolean isPublic = message.visibility() == Visibility.PUBLIC;
        if (isPublic) {
            customers(ticket).forEach(c -> told.putIfAbsent(c.id(), new Recipient(c, NotificationEvent.PUBLIC_REPLY)));
        }
        NotificationEvent toColleagues = isPublic ? NotificationEvent.TICKET_UPDATE : NotificationEvent.INTERNAL_NOTE;
        colleagues(ticket).forEach(c -> told.putIfAbsent(c.id(), new Recipient(c, toColleagues)));
        Long author = message.author() == null ? null : message.author().id();
        var recipients = new ArrayList<Recipient>();
        for (Recipient r : told.values()) {
            boolean own = author != null && author == r.user().id();
            if (!own && !alreadyReceived.contains(r.user().email().toLowerCase(java.util.Locale.ROOT))) {
                recipients.add(r);
            }
        }
        return recipients;
    }

    /** A ticket assigned to someone: they hear it, unless they took it themselves. */
    static List<Recipient> aboutAssignment(Participants ticket, Long byUserId) {
        UserSummary assignee = ticket.assignee();
        if (assignee == null || byUserId != null && byUserId == assignee.id()) {
            return List.of();
        }
        return List.of(new Recipient(assignee, NotificationEvent.ASSIGNED));
    }

    private static List<UserSummary> customers(Participants ticket) {
        var people = new ArrayList<UserSummary>();
        if (ticket.requester() != null && ticket.requester().role() == Role.CUSTOMER) {
            people.add(ticket.requester());
        }
        ticket.followers().stream().filter(f -> f.role() == Role.CUSTOMER).forEach(people::add);
        return people;
    }

    /**
     * The people on the inside: roles are read as they are now, so an assignee whose role was changed (an agent who
     * left and is a customer now) no longer hears internal notes of the tickets still assigned to them.
     */
    private static List<UserSummary> colleagues(Participants ticket) {
        var people = new ArrayList<UserSummary>();
        if (ticket.assignee() != null && ticket.assignee().role().isStaff()) {
            people.add(ticket.assignee());
        }
        ticket.followers().stream().filter(f -> f.role().seesInternalNotes()).forEach(people::add);
        if (ticket.requester() != null && ticket.requester().role() == Role.COLLABORATOR) {
            // A colleague who asked for something hears its conversation like any follower on the inside.
            people.add(ticket.requester());
        }
        return people;
    }
}
