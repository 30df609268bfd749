package org.tessera.automation.rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketTypeView;

/**
 * A ticket as rules see it: the values conditions test and actions change. Actions never change a ticket directly;
 * they make a new state, and the difference to the old one is what gets applied (or shown by the dry run).
 */
public record TicketState(long id, long number, String subject, String description, long typeId, String typeKey,
                          long statusId, String statusKey, StatusCategory category, int priority, Long assigneeId,
                          Long teamId, long requesterId, String requesterEmail, String requesterName,
                          Long organizationId, List<String> tags, Map<String, Object> customFields, String channel,
                          Set<Long> followers, Instant createdAt, Instant updatedAt, long version) {

    public static TicketState of(TicketDetails t) {
        return new TicketState(t.id(), t.number(), t.subject(), t.description(), t.type().id(), t.type().key(),
                t.status().id(), t.status().key(), t.status().category(), t.priority(),
                t.assignee() == null ? null : t.assignee().id(), t.team() == null ? null : t.team().id(),
                t.requester().id(), t.requester().email(), t.requester().displayName(),
                t.organization() == null ? null : t.organization().id(), List.copyOf(t.tags()),
                Map.copyOf(t.customFields()), t.channel(),
                Set.copyOf(t.followers().stream().map(UserSummary::id).toList()), t.createdAt(), t.updatedAt(),
                t.version());
    }

    public TicketState withStatus(StatusView status) {
        return new TicketState(id, number, subject, description, typeId, typeKey, status.id(), status.key(),
                status.category(), priority, assigneeId, teamId, requesterId, requesterEmail, requesterName,
                organizationId, tags, customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withType(TicketTypeView type, StatusView status) {
        return new TicketState(id, number, subject, description, type.id(), type.key(), status.id(), status.key(),
                status.category(), priority, assigneeId, teamId, requesterId, requesterEmail, requesterName,
                organizationId, tags, customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withPriority(int priority) {
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId, tags,
                customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withAssignee(Long assigneeId) {
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId, tags,
                customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withTeam(Long teamId) {
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId, tags,
                customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withTags(List<String> tags) {
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId,
                List.copyOf(tags), customFields, channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withCustomField(String key, Object value) {
        var fields = new LinkedHashMap<>(customFields);
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId, tags,
                Map.copyOf(fields), channel, followers, createdAt, updatedAt, version);
    }

    public TicketState withFollower(long userId) {
        var all = new LinkedHashSet<>(followers);
        all.add(userId);
        return new TicketState(id, number, subject, description, typeId, typeKey, statusId, statusKey, category,
                priority, assigneeId, teamId, requesterId, requesterEmail, requesterName, organizationId, tags,
                customFields, channel, Set.copyOf(all), createdAt, updatedAt, version);
    }

    /** The words skills-based routing matches: tags, the type's key, and the values of select fields. */
    public Set<String> skillWords() {
        var words = new LinkedHashSet<String>();
        tags.forEach(t -> words.add(TextMatch.fold(t)));
        words.add(TextMatch.fold(typeKey));
        customFields.values().forEach(v -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> words.add(TextMatch.fold(String.valueOf(item))));
            } else if (v instanceof String s && s.length() <= 40) {
                words.add(TextMatch.fold(s));
            }
        });
        return words;
    }

    /** Tags with these added, in order, without duplicates. */
    public List<String> tagsPlus(List<String> added) {
        var all = new ArrayList<>(tags);
        added.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return all;
    }
}
