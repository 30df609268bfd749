package org.tessera.workspace;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.web.Formats;

/**
 * The ticket page's side form. The page sends it twice: as the agent left it, and (as {@code was.*} hidden inputs)
 * as it was shown. Only the difference is saved, so a field nobody touched never overwrites someone else's change,
 * and after a conflict the form shows the current ticket with just the agent's own edits on top.
 */
record PropertiesForm(long version, String type, String status, int priority, Long assigneeId, Long teamId,
                      String requesterEmail, String tags, String due, List<Long> followerIds,
                      Map<String, Object> custom) {

    static final String WAS = "was.";

    static PropertiesForm of(TicketDetails t, Formats fmt) {
        return new PropertiesForm(t.version(), t.type().key(), t.status().key(), t.priority(),
                t.assignee() == null ? null : t.assignee().id(), t.team() == null ? null : t.team().id(),
                t.requester().email(), String.join(" ", t.tags()), fmt.inputValue(t.dueAt()),
                t.followers().stream().map(UserSummary::id).toList(), t.customFields());
    }

    /** The form's values under a name prefix: "" for what the agent submitted, {@link #WAS} for what was shown. */
    static PropertiesForm read(FormValues values, String prefix, List<CustomFieldView> fields) {
        Integer priority = values.integer(prefix + "priority");
        Long version = values.id("version");
        return new PropertiesForm(version == null ? 0 : version, values.text(prefix + "type"),
                values.text(prefix + "status"), priority == null ? 3 : priority, values.id(prefix + "assigneeId"),
                values.id(prefix + "teamId"), values.text(prefix + "requesterEmail"), values.text(prefix + "tags"),
                values.text(prefix + "due"), values.ids(prefix + "followerIds"),
                values.customFields(prefix + "cf.", fields));
    }

    PropertiesForm withStatus(String statusKey) {
        return new PropertiesForm(version, type, statusKey, priority, assigneeId, teamId, requesterEmail, tags, due,
                followerIds, custom);
    }

    /** Only what differs from {@code shown}; the rest of the ticket is left alone. */
    TicketEdit changesFrom(PropertiesForm shown, Formats fmt) {
        Instant dueAt = fmt.fromInput(due);
        Map<String, Object> customChanges = new LinkedHashMap<>();
        custom.forEach((key, value) -> {
            if (!Objects.equals(value, shown.custom.get(key))) {
                customChanges.put(key, value);
            }
        });
        return new TicketEdit(null, null, changed(type, shown.type), changed(status, shown.status),
                priority != shown.priority ? priority : null,
                Objects.equals(assigneeId, shown.assigneeId) ? null : Optional.ofNullable(assigneeId),
                Objects.equals(teamId, shown.teamId) ? null : Optional.ofNullable(teamId),
                null,
                sameWords(tags, shown.tags) ? null : words(tags),
                Objects.equals(blankToNull(due), blankToNull(shown.due)) ? null : Optional.ofNullable(dueAt),
                customChanges.isEmpty() && Objects.equals(type, shown.type) ? null : customChanges,
                new HashSet<>(followerIds).equals(new HashSet<>(shown.followerIds)) ? null : followerIds);
    }

    /** The current ticket's values with this form's changes (against {@code shown}) on top, at the current version. */
    PropertiesForm over(PropertiesForm current, PropertiesForm shown) {
        var mergedCustom = new LinkedHashMap<>(current.custom);
        custom.forEach((key, value) -> {
            if (!Objects.equals(value, shown.custom.get(key))) {
                mergedCustom.put(key, value);
            }
        });
        return new PropertiesForm(current.version,
                pick(type, shown.type, current.type), pick(status, shown.status, current.status),
                priority != shown.priority ? priority : current.priority,
                pick(assigneeId, shown.assigneeId, current.assigneeId), pick(teamId, shown.teamId, current.teamId),
                pick(requesterEmail, shown.requesterEmail, current.requesterEmail),
                sameWords(tags, shown.tags) ? current.tags : tags, pick(blankToNull(due), blankToNull(shown.due), current.due),
                new HashSet<>(followerIds).equals(new HashSet<>(shown.followerIds)) ? current.followerIds : followerIds,
                mergedCustom);
    }

    /** Template helper: the value of a custom field, as the input shows it. */
    public Object value(String key) {
        return custom == null ? null : custom.get(key);
    }

    public boolean selected(String key, String option) {
        Object value = value(key);
        return value instanceof List<?> list ? list.contains(option) : option.equals(value);
    }

    private static <T> T pick(T submitted, T shown, T current) {
        return Objects.equals(submitted, shown) ? current : submitted;
    }

    private static String changed(String submitted, String shown) {
        return Objects.equals(submitted, shown) ? null : submitted;
    }

    private static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("[,\\s]+"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
