package org.tessera.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a new ticket is made of. Only subject is required; a null requester means the acting user, a null type the
 * first active type, a null priority {@link Priority#NORMAL}.
 */
public record OpenTicket(String subject, String description, Long requesterId, String typeKey, Integer priority,
                         String statusKey, Long assigneeId, Long teamId, List<String> tags, Instant dueAt,
                         Map<String, Object> customFields, List<Long> followerIds, String channel) {

    public static OpenTicket of(String subject, String description) {
        return new OpenTicket(subject, description, null, null, null, null, null, null, List.of(), null, Map.of(),
                List.of(), "web");
    }

    public OpenTicket withRequester(long requesterId) {
        return new OpenTicket(subject, description, requesterId, typeKey, priority, statusKey, assigneeId, teamId,
                tags, dueAt, customFields, followerIds, channel);
    }
}
