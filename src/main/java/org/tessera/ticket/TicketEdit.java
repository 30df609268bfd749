package org.tessera.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partial change to a ticket: a null component is left alone; an empty {@link Optional} clears the field.
 */
public record TicketEdit(String subject, String description, String typeKey, String statusKey, Integer priority,
                         Optional<Long> assigneeId, Optional<Long> teamId, Long requesterId, List<String> tags,
                         Optional<Instant> dueAt, Map<String, Object> customFields, List<Long> followerIds) {

    public static TicketEdit none() {
        return new TicketEdit(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TicketEdit withStatus(String statusKey) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, assigneeId, teamId, requesterId,
                tags, dueAt, customFields, followerIds);
    }

    public TicketEdit withPriority(int priority) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, assigneeId, teamId, requesterId,
                tags, dueAt, customFields, followerIds);
    }

    public TicketEdit withAssignee(Long assigneeId) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, Optional.ofNullable(assigneeId),
                teamId, requesterId, tags, dueAt, customFields, followerIds);
    }

    public TicketEdit withSubject(String subject) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, assigneeId, teamId, requesterId,
                tags, dueAt, customFields, followerIds);
    }

    public TicketEdit withRequester(long requesterId) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, assigneeId, teamId, requesterId,
                tags, dueAt, customFields, followerIds);
    }

    public TicketEdit withDescription(String description) {
        return new TicketEdit(subject, description, typeKey, statusKey, priority, assigneeId, teamId, requesterId,
                tags, dueAt, customFields, followerIds);
    }

    /** Only a status change: what a customer may ask for (mark resolved, reopen). */
    public boolean isOnlyStatus() {
        return statusKey != null && subject == null && description == null && typeKey == null && priority == null
                && assigneeId == null && teamId == null && requesterId == null && tags == null && dueAt == null
                && customFields == null && followerIds == null;
    }
}
