package org.tessera.automation.rule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.Catalog;

/** What planning a rule needs to know beyond the ticket, so that the engine itself stays a pure object. */
public interface Lookups {

    Catalog catalog();

    Optional<UserSummary> user(long id);

    Optional<TeamSummary> team(long id);

    Optional<OrganizationSummary> organization(long id);

    /** Active agents and administrators: the people tickets can be assigned to. */
    List<UserSummary> agents();

    Map<Long, Set<String>> skills(Collection<Long> userIds);

    /** How many unsolved tickets the agent has assigned. */
    long openTicketsOf(long agentId);

    /** The agent who got the last ticket of this round robin (team id, or 0 for all agents), if any. */
    Optional<Long> lastInTurn(long teamKey);

    boolean isOpen(long calendarId, Instant at);
}
