package org.tessera.workspace;

import java.util.List;
import java.util.Map;
import org.tessera.ticket.OpenTicket;

/** The new-ticket form as submitted, kept to show it again with the reasons when it is refused. */
record NewTicketForm(String requesterEmail, String subject, String description, String type, Integer priority,
                     Long assigneeId, Long teamId, String tags, Map<String, Object> custom) {

    static NewTicketForm empty(String type) {
        return new NewTicketForm("", "", "", type, 3, null, null, "", Map.of());
    }

    static NewTicketForm submitted(FormValues values, Map<String, Object> custom) {
        return new NewTicketForm(values.text("requesterEmail"), values.text("subject"), values.text("description"),
                values.text("type"), values.integer("priority"), values.id("assigneeId"), values.id("teamId"),
                values.text("tags"), custom);
    }

    OpenTicket toOpenTicket() {
        return new OpenTicket(subject, description, null, type, priority, null, assigneeId, teamId,
                tags == null || tags.isBlank() ? List.of() : List.of(tags.trim().split("[,\\s]+")), null,
                custom, List.of(), "web");
    }

    public Object value(String key) {
        return custom.get(key);
    }

    public boolean selected(String key, String option) {
        Object value = value(key);
        return value instanceof List<?> list ? list.contains(option) : option.equals(value);
    }
}
