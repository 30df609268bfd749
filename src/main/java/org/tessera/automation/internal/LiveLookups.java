package org.tessera.automation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tessera.automation.rule.Lookups;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.sla.BusinessCalendars;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.Workflows;

/** Lookups from the live modules; {@link #fresh()} gives one that remembers answers for a single run. */
@Component
public class LiveLookups {

    private final Directory directory;
    private final Workflows workflows;
    private final TicketQueries tickets;
    private final RoundRobinState turns;
    private final BusinessCalendars calendars;

    LiveLookups(Directory directory, Workflows workflows, TicketQueries tickets, RoundRobinState turns,
                BusinessCalendars calendars) {
        this.directory = directory;
        this.workflows = workflows;
        this.tickets = tickets;
        this.turns = turns;
        this.calendars = calendars;
    }

    public Lookups fresh() {
        return new Run();
    }

    private class Run implements Lookups {

        private final Catalog catalog = workflows.catalog();
        private final Map<Long, Optional<UserSummary>> users = new HashMap<>();
        private final Map<Long, Long> open = new HashMap<>();
        private Map<Long, TeamSummary> teams;
        private List<UserSummary> agents;

        public Catalog catalog() {
            return catalog;
        }

        public Optional<UserSummary> user(long id) {
            return users.computeIfAbsent(id, directory::user);
        }

        public Optional<TeamSummary> team(long id) {
            if (teams == null) {
                teams = directory.teamsById();
            }
            return Optional.ofNullable(teams.get(id));
        }

        public Optional<OrganizationSummary> organization(long id) {
            return directory.organization(id);
        }

        public List<UserSummary> agents() {
            if (agents == null) {
                long system = directory.systemUserId();
                agents = directory.agents().stream().filter(a -> a.id() != system).toList();
            }
            return agents;
        }

        public Map<Long, Set<String>> skills(Collection<Long> userIds) {
            return directory.skills(userIds);
        }

        public long openTicketsOf(long agentId) {
            return open.computeIfAbsent(agentId, id -> tickets.search(TicketQuery.parse(
                    "assignee=" + id + "&category=NEW,OPEN,PENDING"), 0, 1, Actor.system()).total());
        }

        public Optional<Long> lastInTurn(long teamKey) {
            return turns.last(teamKey);
        }

        public boolean isOpen(long calendarId, Instant at) {
            return calendars.isOpen(calendarId, at);
        }
    }
}
