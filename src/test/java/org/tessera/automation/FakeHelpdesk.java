package org.tessera.automation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.Role;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;

/**
 * A small helpdesk in memory for rule tests: two types with their workflows, a billing team of three agents, one
 * agent without a team, skills, open ticket counts, and office hours (weekdays 9 to 17 UTC) as calendar 1.
 */
public class FakeHelpdesk implements Lookups {

    public static final Instant MONDAY_NOON = Instant.parse("2026-03-09T12:00:00Z");
    public static final long ANA = 101, BRUNO = 102, CARLA = 103, DAVE = 104, MARIA = 500;
    public static final long BILLING = 7;

    public final Map<Long, Long> openTickets = new HashMap<>();
    public final Map<Long, Long> lastInTurn = new HashMap<>();
    public final Map<Long, Set<String>> skills = new HashMap<>(Map.of(BRUNO, Set.of("billing", "pt"),
            CARLA, Set.of("linux")));
    private final Catalog catalog = new Catalog(List.of(
            type(1, "incident", "Incident", "new", "investigating", "waiting_on_customer", "resolved", "closed"),
            type(2, "task", "Task", "to_do", "in_progress", "blocked", "done", "closed")),
            List.of(new CustomFieldView(1, null, "region", "Region", FieldKind.SINGLE_SELECT, false,
                            List.of("emea", "apac"), 1, true),
                    new CustomFieldView(2, null, "seats", "Seats", FieldKind.NUMBER, false, List.of(), 2, true)));
    private final List<UserSummary> people = List.of(
            new UserSummary(ANA, "ana@helpdesk.example", "Ana Souza", Role.AGENT, null),
            new UserSummary(BRUNO, "bruno@helpdesk.example", "Bruno Lima", Role.AGENT, null),
            new UserSummary(CARLA, "carla@helpdesk.example", "Carla Reis", Role.ADMIN, null),
            new UserSummary(DAVE, "dave@helpdesk.example", "Dave Jones", Role.AGENT, null),
            new UserSummary(MARIA, "maria@acme.example", "Maria Silva", Role.CUSTOMER, 9L));

    /** Statuses in the five categories, ids type*10+1..5; forward and back, but closed is final. */
    private static TicketTypeView type(long id, String key, String name, String... keys) {
        StatusCategory[] categories = StatusCategory.values();
        List<Long> ids = Stream.iterate(id * 10 + 1, i -> i + 1).limit(5).toList();
        var statuses = new java.util.ArrayList<StatusView>();
        for (int i = 0; i < 5; i++) {
            StatusCategory from = categories[i];
            Set<Long> next = new java.util.HashSet<>();
            for (int j = 0; j < 5; j++) {
                StatusCategory to = categories[j];
                if (i != j && from != StatusCategory.CLOSED && to != StatusCategory.NEW
                        && !(from == StatusCategory.RESOLVED && to == StatusCategory.PENDING)) {
                    next.add(ids.get(j));
                }
            }
            statuses.add(new StatusView(ids.get(i), id, keys[i], keys[i].substring(0, 1).toUpperCase()
                    + keys[i].substring(1).replace('_', ' '), from, i + 1, next));
        }
        return new TicketTypeView(id, key, name, (int) id, true, statuses);
    }

    /** A new incident from Maria of Acme, at normal priority, on Monday at noon. */
    public TicketState ticket() {
        StatusView status = catalog.type(1).initialStatus();
        return new TicketState(1, 1001, "Printer on fire", "Smoke comes out of the printer", 1, "incident",
                status.id(), status.key(), status.category(), 3, null, null, MARIA, "maria@acme.example",
                "Maria Silva", 9L, List.of(), Map.of(), "web", Set.of(), MONDAY_NOON, MONDAY_NOON, 0);
    }

    public TicketState inCategory(TicketState t, StatusCategory category) {
        return t.withStatus(catalog.type(t.typeId()).firstIn(category).orElseThrow());
    }

    public TicketFacts facts(TicketState ticket, Trigger trigger) {
        return new TicketFacts(ticket, trigger, List.of(), null, null, MONDAY_NOON);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Optional<UserSummary> user(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<TeamSummary> team(long id) {
        return id == BILLING ? Optional.of(new TeamSummary(BILLING, "Billing", "", List.of(ANA, BRUNO, CARLA)))
                : Optional.empty();
    }

    public Optional<OrganizationSummary> organization(long id) {
        return id == 9 ? Optional.of(new OrganizationSummary(9, "Acme", List.of("acme.example"), false))
                : Optional.empty();
    }

    public List<UserSummary> agents() {
        return people.stream().filter(p -> p.role().isStaff()).toList();
    }

    public Map<Long, Set<String>> skills(Collection<Long> userIds) {
        return skills.entrySet().stream().filter(e -> userIds.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long openTicketsOf(long agentId) {
        return openTickets.getOrDefault(agentId, 0L);
    }

    public Optional<Long> lastInTurn(long teamKey) {
        return Optional.ofNullable(lastInTurn.get(teamKey));
    }

    /** Calendar 1: weekdays 9 to 17 UTC. */
    public boolean isOpen(long calendarId, Instant at) {
        var t = at.atOffset(ZoneOffset.UTC);
        return calendarId == 1 && t.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
                && t.getHour() >= 9 && t.getHour() < 17;
    }
}
