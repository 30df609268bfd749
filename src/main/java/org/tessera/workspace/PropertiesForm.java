package org.tessera.workspace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.web.Formats;

/**
 * The ticket page's side form, as shown: either the ticket's current values or what the agent submitted (after a
 * refusal or a conflict the form keeps their input).
 */
record PropertiesForm(long version, String type, String status, int priority, Long assigneeId, Long teamId,
                      String requesterEmail, String tags, String due, List<Long> followerIds,
                      Map<String, Object> custom) {

    static PropertiesForm of(TicketDetails t, Formats fmt) {
        return new PropertiesForm(t.version(), t.type().key(), t.status().key(), t.priority(),
                t.assignee() == null ? null : t.assignee().id(), t.team() == null ? null : t.team().id(),
                t.requester().email(), String.join(" ", t.tags()), fmt.inputValue(t.dueAt()),
                t.followers().stream().map(UserSummary::id).toList(), t.customFields());
    }

    static PropertiesForm submitted(FormValues values, Map<String, Object> custom) {
        Integer priority = values.integer("priority");
        return new PropertiesForm(values.id("version") == null ? 0 : values.id("version"), values.text("type"),
                values.text("status"), priority == null ? 3 : priority, values.id("assigneeId"), values.id("teamId"),
                values.text("requesterEmail"), values.text("tags"), values.text("due"), values.ids("followerIds"),
                new LinkedHashMap<>(custom));
    }

    PropertiesForm atVersion(long currentVersion) {
        return new PropertiesForm(currentVersion, type, status, priority, assigneeId, teamId, requesterEmail, tags,
                due, followerIds, custom);
    }

    TicketEdit edit(Long requesterId, Formats fmt) {
        Instant dueAt = fmt.fromInput(due);
        return new TicketEdit(null, null, type, status, priority, Optional.ofNullable(assigneeId),
                Optional.ofNullable(teamId), requesterId,
                tags == null || tags.isBlank() ? List.of() : List.of(tags.trim().split("[,\\s]+")),
                Optional.ofNullable(dueAt), custom, followerIds);
    }

    /** Template helper: the value of a custom field, as the input shows it. */
    public Object value(String key) {
        return custom == null ? null : custom.get(key);
    }

    public boolean selected(String key, String option) {
        Object value = value(key);
        return value instanceof List<?> list ? list.contains(option) : option.equals(value);
    }
}
