package org.tessera.ticket;

import java.time.Instant;
import java.util.List;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;

/** A ticket as a line of a list; {@code slaDueAt} is the next SLA target to fall due, if any. */
public record TicketRow(long id, long number, String subject, TicketTypeView type, StatusView status, int priority,
                        UserSummary requester, OrganizationSummary organization, UserSummary assignee,
                        TeamSummary team, List<String> tags, Instant createdAt, Instant updatedAt, Instant dueAt,
                        Instant slaDueAt) {

    public TicketRow(long id, long number, String subject, TicketTypeView type, StatusView status, int priority,
                     UserSummary requester, OrganizationSummary organization, UserSummary assignee, TeamSummary team,
                     List<String> tags, Instant createdAt, Instant updatedAt, Instant dueAt) {
        this(id, number, subject, type, status, priority, requester, organization, assignee, team, tags, createdAt,
                updatedAt, dueAt, null);
    }
}
