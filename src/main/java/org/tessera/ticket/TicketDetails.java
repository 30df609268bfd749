package org.tessera.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;

/** Everything about one ticket, as its page and the API show it (the conversation lives in its own module). */
public record TicketDetails(long id, long number, String subject, String description, UserSummary requester,
                            OrganizationSummary organization, TicketTypeView type, StatusView status, int priority,
                            UserSummary assignee, TeamSummary team, List<String> tags, Instant dueAt,
                            Map<String, Object> customFields, String channel, Instant createdAt, Instant updatedAt,
                            Instant firstResponseAt, Instant resolvedAt, List<UserSummary> followers, long version) {

    /** The statuses this ticket may move to next, in workflow order. */
    public List<StatusView> nextStatuses() {
        return type.statuses().stream().filter(status::allows).toList();
    }

    public boolean isFollowedBy(Long userId) {
        return userId != null && followers.stream().anyMatch(f -> f.id() == userId);
    }
}
