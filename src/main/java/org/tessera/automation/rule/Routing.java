package org.tessera.automation.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;

/** Picks the agent for a ticket among a team's active agents (or all agents when the ticket has no team). */
public final class Routing {

    private Routing() {
    }

    /** The round robin a routing action takes part in: its team's id, or 0 for all agents. */
    public static long teamKey(Action.Route route, TicketState ticket) {
        Long team = route.teamId() != null ? route.teamId() : ticket.teamId();
        return team == null ? 0 : team;
    }

    /** Active agents of the team (or all), by id: the order turns are taken in. */
    public static List<Long> candidates(long teamKey, Lookups lookups) {
        List<Long> active = lookups.agents().stream().map(UserSummary::id).sorted().toList();
        if (teamKey == 0) {
            return active;
        }
        List<Long> members = lookups.team(teamKey).map(TeamSummary::memberIds).orElse(List.of());
        return active.stream().filter(members::contains).toList();
    }

    /** The agent, or a reason why there is none. */
    public static Result pick(Action.Route route, TicketState ticket, Lookups lookups, Optional<Long> lastInTurn) {
        long teamKey = teamKey(route, ticket);
        if (teamKey != 0 && lookups.team(teamKey).isEmpty()) {
            return Result.none("team " + teamKey + " no longer exists");
        }
        List<Long> candidates = candidates(teamKey, lookups);
        if (candidates.isEmpty()) {
            return Result.none(teamKey == 0 ? "there are no active agents" : "the team has no active agents");
        }
        List<Long> inTurn = inTurnAfter(candidates, lastInTurn.orElse(null));
        return switch (route.strategy()) {
            case ROUND_ROBIN -> Result.of(inTurn.get(0));
            case LEAST_OPEN -> Result.of(leastOpen(inTurn, lookups));
            case SKILLS -> bySkills(inTurn, ticket, lookups);
        };
    }

    /** Candidates starting with the one after the last agent served, wrapping around. */
    static List<Long> inTurnAfter(List<Long> candidates, Long last) {
        if (last == null) {
            return candidates;
        }
        int next = (int) candidates.stream().filter(id -> id <= last).count();
        var ordered = new java.util.ArrayList<Long>(candidates.subList(next, candidates.size()));
        ordered.addAll(candidates.subList(0, next));
        return ordered;
    }

    private static long leastOpen(List<Long> inTurn, Lookups lookups) {
        return inTurn.stream().min(Comparator.comparingLong(lookups::openTicketsOf)).orElseThrow();
    }

    private static Result bySkills(List<Long> inTurn, TicketState ticket, Lookups lookups) {
        Set<String> wanted = ticket.skillWords();
        Map<Long, Set<String>> skills = lookups.skills(inTurn);
        int best = inTurn.stream().mapToInt(id -> overlap(skills.getOrDefault(id, Set.of()), wanted)).max().orElse(0);
        if (best == 0) {
            return Result.none("no agent has a skill matching " + String.join(", ", wanted));
        }
        List<Long> skilled = inTurn.stream().filter(id -> overlap(skills.getOrDefault(id, Set.of()), wanted) == best)
                .toList();
        return Result.of(leastOpen(skilled, lookups));
    }

    private static int overlap(Set<String> skills, Set<String> wanted) {
        return (int) skills.stream().filter(wanted::contains).count();
    }

    public record Result(Long agentId, String reason) {
        static Result of(long agentId) {
            return new Result(agentId, null);
        }

        static Result none(String reason) {
            return new Result(null, reason);
        }
    }
}
