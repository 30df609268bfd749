package org.tessera.ticket;

import java.time.Instant;
import java.util.List;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;

/** A ticket as a line of a list. */
public record TicketRow(long id, long number, String subject, TicketTypeView type, StatusView status, int priority,
                        UserSummary requester, OrganizationSummary organization, UserSummary assignee,
                        TeamSummary team, List<String> tags, Instant createdAt, Instant updatedAt, Instant dueAt) {
}
