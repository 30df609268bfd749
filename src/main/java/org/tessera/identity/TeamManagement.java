package org.tessera.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Team;
import org.tessera.identity.internal.Teams;
import org.tessera.identity.internal.Users;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** Teams of agents, the unit tickets are routed to. */
@Service
@Transactional
public class TeamManagement {

    private final Teams teams;
    private final Users users;

    private final Directory directory;

    TeamManagement(Teams teams, Users users, Directory directory) {
        this.teams = teams;
        this.users = users;
        this.directory = directory;
    }

    public TeamSummary create(String name, String description, Collection<Long> memberIds, Actor actor) {
        UserManagement.requireAdmin(actor);
        String cleanName = requireName(name);
        teams.findByName(cleanName).ifPresent(existing -> {
            throw new Conflict("name", "A team named " + cleanName + " already exists");
        });
        var team = new Team(cleanName, description);
        team.replaceMembers(agentsAmong(memberIds));
        directory.teamsChanged();
        return teams.save(team).summary();
    }

    public TeamSummary update(long id, String name, String description, Collection<Long> memberIds, Actor actor) {
        UserManagement.requireAdmin(actor);
        Team team = teams.findById(id).orElseThrow(() -> new NotFound("Team " + id));
        String cleanName = requireName(name);
        teams.findByName(cleanName).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Conflict("name", "A team named " + cleanName + " already exists");
        });
        team.describe(cleanName, description);
        team.replaceMembers(agentsAmong(memberIds));
        directory.teamsChanged();
        return team.summary();
    }

    /** Only agents and administrators work in teams. */
    private List<Long> agentsAmong(Collection<Long> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            return List.of();
        }
        var members = users.findByIdIn(memberIds);
        var notAgents = members.stream().filter(u -> !u.role().isStaff()).map(u -> u.email()).toList();
        if (!notAgents.isEmpty() || members.size() != memberIds.stream().distinct().count()) {
            throw new InvalidInput("memberIds", "team members must be agents or administrators"
                    + (notAgents.isEmpty() ? "" : ": " + String.join(", ", notAgents)));
        }
        return members.stream().map(u -> u.id()).toList();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        return name.trim();
    }
}
