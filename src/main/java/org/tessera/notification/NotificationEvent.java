package org.tessera.notification;

import java.util.List;

/** What an email tells, each with its template and the placeholders the template may use. */
public enum NotificationEvent {
    /** To the requester of a new ticket: it arrived, here is its number. */
    ACKNOWLEDGEMENT("acknowledgement", List.of("ticket.number", "ticket.subject", "recipient.name", "helpdesk.name")),
    /** To the requester and the customers who follow: a public message (an agent's answer, a cc'd colleague's). */
    PUBLIC_REPLY("public-reply", List.of("ticket.number", "ticket.subject", "recipient.name", "message.author",
            "message.body", "helpdesk.name")),
    /** To the assignee and the agents who follow: a public message by someone else. */
    TICKET_UPDATE("ticket-update", List.of("ticket.number", "ticket.subject", "ticket.status", "ticket.url",
            "recipient.name", "requester.name", "message.author", "message.body", "helpdesk.name")),
    /** To the assignee and the agents who follow: an internal note by someone else. */
    INTERNAL_NOTE("internal-note", List.of("ticket.number", "ticket.subject", "ticket.url", "recipient.name",
            "message.author", "message.body", "helpdesk.name")),
    /** To the agent a ticket was assigned to (by someone else). */
    ASSIGNED("assigned", List.of("ticket.number", "ticket.subject", "ticket.priority", "ticket.url",
            "recipient.name", "requester.name", "assigner.name", "helpdesk.name"));

    private final String key;
    private final List<String> placeholders;

    NotificationEvent(String key, List<String> placeholders) {
        this.key = key;
        this.placeholders = placeholders;
    }

    public String key() {
        return key;
    }

    public List<String> placeholders() {
        return placeholders;
    }

    public static NotificationEvent byKey(String key) {
        for (NotificationEvent e : values()) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        throw new org.tessera.shared.NotFound("Notification " + key);
    }
}
