package org.tessera.automation.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.TicketEdit;

/** The difference between two states of a ticket: as history-like changes, and as the edit that makes it. */
public final class Edits {

    private Edits() {
    }

    /** Raw values as the ticket's history keeps them: ids for status, type, assignee, team, followers. */
    public static List<FieldChange> changes(TicketState before, TicketState after) {
        var changes = new ArrayList<FieldChange>();
        if (before.typeId() != after.typeId()) {
            changes.add(new FieldChange("type", String.valueOf(before.typeId()), String.valueOf(after.typeId())));
        }
        if (before.statusId() != after.statusId()) {
            changes.add(new FieldChange("status", String.valueOf(before.statusId()), String.valueOf(after.statusId())));
        }
        if (before.priority() != after.priority()) {
            changes.add(new FieldChange("priority", String.valueOf(before.priority()), String.valueOf(after.priority())));
        }
        add(changes, "assignee", before.assigneeId(), after.assigneeId());
        add(changes, "team", before.teamId(), after.teamId());
        if (!before.tags().equals(after.tags())) {
            changes.add(new FieldChange("tags", String.join(" ", before.tags()), String.join(" ", after.tags())));
        }
        var keys = new HashSet<>(before.customFields().keySet());
        keys.addAll(after.customFields().keySet());
        keys.stream().sorted().forEach(key -> add(changes, "custom." + key, before.customFields().get(key),
                after.customFields().get(key)));
        after.followers().stream().filter(id -> !before.followers().contains(id)).sorted()
                .forEach(id -> changes.add(new FieldChange("follower", null, String.valueOf(id))));
        return changes;
    }

    /** Only what differs: a field both states agree on is left alone, so nobody else's change is overwritten. */
    public static TicketEdit between(TicketState before, TicketState after) {
        Map<String, Object> custom = new LinkedHashMap<>();
        after.customFields().forEach((key, value) -> {
            if (!Objects.equals(value, before.customFields().get(key))) {
                custom.put(key, value);
            }
        });
        before.customFields().keySet().stream().filter(k -> !after.customFields().containsKey(k))
                .forEach(k -> custom.put(k, null));
        boolean retyped = before.typeId() != after.typeId();
        return new TicketEdit(null, null, retyped ? after.typeKey() : null,
                before.statusId() != after.statusId() || retyped ? after.statusKey() : null,
                before.priority() != after.priority() ? after.priority() : null,
                Objects.equals(before.assigneeId(), after.assigneeId()) ? null : Optional.ofNullable(after.assigneeId()),
                Objects.equals(before.teamId(), after.teamId()) ? null : Optional.ofNullable(after.teamId()),
                null,
                before.tags().equals(after.tags()) ? null : after.tags(),
                null,
                custom.isEmpty() ? null : custom,
                before.followers().equals(after.followers()) ? null : List.copyOf(after.followers()));
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : String.valueOf(before),
                    after == null ? null : String.valueOf(after)));
        }
    }
}
