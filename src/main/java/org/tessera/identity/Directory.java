package org.tessera.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Organization;
import org.tessera.identity.internal.Organizations;
import org.tessera.identity.internal.Skills;
import org.tessera.identity.internal.Team;
import org.tessera.identity.internal.Teams;
import org.tessera.identity.internal.User;
import org.tessera.identity.internal.Users;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.shared.NotFound;

/** Read access to people, organizations and teams for every other module; lookups come in batches to avoid N+1. */
@Service
@Transactional(readOnly = true)
public class Directory {

    public static final String SYSTEM_EMAIL = "tessera@system.invalid";

    private final Users users;
    private final Organizations organizations;
    private final Teams teams;
    private final Skills skills;
    private final JdbcClient jdbc;
    // Every ticket shown or changed names its team and its members (for routing and notifications): a few rows.
    private final CachedSnapshot<Map<Long, TeamSummary>> teamSnapshot;
    private volatile Long systemUserId;

    Directory(Users users, Organizations organizations, Teams teams, Skills skills, JdbcClient jdbc) {
        this.users = users;
        this.organizations = organizations;
        this.teams = teams;
        this.skills = skills;
        this.jdbc = jdbc;
        this.teamSnapshot = new CachedSnapshot<>(Duration.ofSeconds(20), () -> {
            var byId = new LinkedHashMap<Long, TeamSummary>();
            teams.findAllWithMembers().forEach(team -> byId.put(team.id(), team.summary()));
            return java.util.Collections.unmodifiableMap(byId);
        });
    }

    /** A team was created or changed on this node: read the teams again once that commits. */
    void teamsChanged() {
        teamSnapshot.changed();
    }

    /** The skills of these people (lowercase words); people without skills are absent from the map. */
    public Map<Long, java.util.Set<String>> skills(Collection<Long> userIds) {
        return skills.of(userIds);
    }

    public java.util.Set<String> skillsOf(long userId) {
        return skills.of(List.of(userId)).getOrDefault(userId, java.util.Set.of());
    }

    public Optional<UserSummary> user(long id) {
        return users(List.of(id)).values().stream().findFirst();
    }

    public Optional<UserSummary> userByEmail(String email) {
        return users.findByEmail(email.trim()).map(User::summary);
    }

    public Map<Long, UserSummary> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Plain SQL with one array parameter: one statement text whatever the number of people, so no query plan
        // is rebuilt per list size, and no entities to hydrate for what is only read (a third of a ticket event's
        // CPU went there).
        return jdbc.sql("select id, email, name, role, organization_id from identity_user where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new UserSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), (Long) rs.getObject(5)))
                .list().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** The people tickets can be assigned to. */
    public List<UserSummary> agents() {
        return users.findActiveByRoles(EnumSet.of(Role.ADMIN, Role.AGENT)).stream().map(User::summary).toList();
    }

    /** The people who may follow internal work: agents, admins and collaborators. */
    public List<UserSummary> colleagues() {
        return users.findActiveByRoles(EnumSet.of(Role.ADMIN, Role.AGENT, Role.COLLABORATOR)).stream()
                .map(User::summary).toList();
    }

    public List<UserSummary> membersOf(long organizationId) {
        return users.findByOrganizationIdOrderByName(organizationId).stream().map(User::summary).toList();
    }

    /** The account automation writes as ("Tessera"); it cannot sign in. */
    public long systemUserId() {
        Long id = systemUserId;
        if (id == null) {
            id = users.findByEmail(SYSTEM_EMAIL).map(User::id)
                    .orElseThrow(() -> new IllegalStateException("The system account is missing"));
            systemUserId = id;
        }
        return id;
    }

    /** The actor for a user, with what their organization allows them to see. */
    public Actor actor(long userId) {
        return users.actor(userId).orElseThrow(() -> new NotFound("User " + userId));
    }

    public Optional<OrganizationSummary> organization(long id) {
        return organizations.findById(id).map(Organization::summary);
    }

    public List<OrganizationSummary> organizations() {
        return organizations.findAllByName().stream().map(Organization::summary).toList();
    }

    public Map<Long, OrganizationSummary> organizations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organization::id, Organization::summary));
    }

    /** At most {@code limit} organizations whose name contains the text, those starting with it first. */
    public List<OrganizationSummary> organizationsNamedLike(String text, int limit) {
        String clean = text == null ? "" : text.strip().replace("\\", "").replace("%", "").replace("_", "");
        return organizations.findNamedLike(clean, limit).stream().map(Organization::summary).toList();
    }

    public Optional<OrganizationSummary> organizationNamed(String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : organizations.findByName(name.strip()).map(Organization::summary);
    }

    public Optional<OrganizationSummary> organizationClaiming(String emailDomain) {
        return organizations.findClaimingDomain(emailDomain).map(Organization::summary);
    }

    public List<TeamSummary> teams() {
        return List.copyOf(teamSnapshot.get().values());
    }

    public Map<Long, TeamSummary> teamsById() {
        return teamSnapshot.get();
    }

    public Optional<TeamSummary> team(long id) {
        TeamSummary known = teamSnapshot.get().get(id);
        return known != null ? Optional.of(known) : teams.findById(id).map(Team::summary);
    }
}
