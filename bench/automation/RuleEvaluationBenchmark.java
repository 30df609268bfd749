import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Comparison;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.RuleEngine;
import org.tessera.automation.rule.TextMatch;
import org.tessera.automation.rule.TextScope;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Visibility;
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
 * The cost of evaluating rules for one event: 200 active rules (50 per trigger of the four busiest triggers), each
 * with two or three conditions of mixed kinds, about one in twenty matching. Measures RuleEngine.run, the part that
 * runs on every event (conditions, planning, the chain); database reads and applying are measured elsewhere.
 * Plain timing harness: warm up, then time batches and report the mean and the 50th/99th percentile per event.
 */
public class RuleEvaluationBenchmark {

    static final int RULES = 200;
    static final Trigger[] TRIGGERS = {Trigger.TICKET_CREATED, Trigger.TICKET_UPDATED, Trigger.MESSAGE_BY_CUSTOMER,
            Trigger.MESSAGE_BY_AGENT};

    public static void main(String[] args) {
        var lookups = new StaticLookups();
        var random = new Random(42);
        List<Rule> rules = rules(random);
        List<TicketFacts> events = events(random, lookups, 1_000);
        Planner planner = Planner.forRules(lookups);

        long matched = run(rules, events, planner, lookups, 50_000);   // warm-up
        int batches = 50;
        int perBatch = 10_000;
        double[] nanosPerEvent = new double[batches];
        long total = 0;
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            matched += run(rules, events, planner, lookups, perBatch);
            long took = System.nanoTime() - start;
            total += took;
            nanosPerEvent[b] = took / (double) perBatch;
        }
        Arrays.sort(nanosPerEvent);
        System.out.printf("rules: %d active; events: %d; firings seen: %d%n", rules.size(), batches * perBatch, matched);
        System.out.printf("mean %.1f µs/event, p50 %.1f µs, p99 %.1f µs (per batch of %d events)%n",
                total / 1000.0 / (batches * perBatch), nanosPerEvent[batches / 2] / 1000,
                nanosPerEvent[(int) (batches * 0.99)] / 1000, perBatch);
    }

    static long run(List<Rule> rules, List<TicketFacts> events, Planner planner, Lookups lookups, int count) {
        long firings = 0;
        for (int i = 0; i < count; i++) {
            TicketFacts facts = events.get(i % events.size());
            firings += RuleEngine.run(rules, facts, RuleEngine.triggeredBy(EnumSet.of(facts.trigger())), Set.of(),
                    planner, lookups).size();
        }
        return firings;
    }

    static List<Rule> rules(Random random) {
        var rules = new ArrayList<Rule>();
        for (int i = 0; i < RULES; i++) {
            Trigger trigger = TRIGGERS[i % TRIGGERS.length];
            var conditions = new ArrayList<Condition>();
            conditions.add(new Condition.HasTag("tag" + random.nextInt(20), false));
            conditions.add(switch (i % 5) {
                case 0 -> new Condition.PriorityIs(Comparison.HIGHER_THAN, 1 + random.nextInt(4));
                case 1 -> new Condition.CategoryIs(EnumSet.of(StatusCategory.NEW, StatusCategory.OPEN), false);
                case 2 -> new Condition.TextContains(TextScope.SUBJECT_OR_BODY, "refund, invoice, chargeback", false);
                case 3 -> new Condition.RequesterIs(TextMatch.ENDS_WITH, "@customer" + random.nextInt(10) + ".example");
                default -> new Condition.CustomFieldIs("region", TextMatch.IS, random.nextBoolean() ? "emea" : "apac");
            });
            if (i % 3 == 0) {
                conditions.add(new Condition.AssigneeIs(null, false));
            }
            rules.add(new Rule(i + 1, i + 1, "Rule " + i, "", trigger, null, null, Match.ALL, conditions,
                    List.of(new Action.SetPriority(1 + random.nextInt(5)), new Action.AddTags(List.of("auto" + i))),
                    false, true));
        }
        return rules;
    }

    static List<TicketFacts> events(Random random, StaticLookups lookups, int count) {
        var events = new ArrayList<TicketFacts>();
        Instant now = Instant.parse("2026-03-09T12:00:00Z");
        for (int i = 0; i < count; i++) {
            StatusView status = lookups.catalog().type(1).statuses().get(random.nextInt(4));
            var tags = List.of("tag" + random.nextInt(20), "tag" + random.nextInt(20));
            var ticket = new TicketState(i, 1000 + i, "Question about invoice " + i,
                    "Hello, I was charged twice this month and would like a refund of the second charge.", 1, "incident",
                    status.id(), status.key(), status.category(), 1 + random.nextInt(5), null, null, 500,
                    "someone@customer" + random.nextInt(10) + ".example", "Someone", null, tags,
                    Map.of("region", random.nextBoolean() ? "emea" : "apac"), "email", Set.of(), now, now, 0);
            Trigger trigger = TRIGGERS[random.nextInt(TRIGGERS.length)];
            TicketFacts.Message message = trigger.isMessage()
                    ? new TicketFacts.Message(i, Visibility.PUBLIC, "email", "Any news about my refund?") : null;
            events.add(new TicketFacts(ticket, trigger, List.of(), message, null, now));
        }
        return events;
    }

    /** Lookups answered from memory, as the live ones are after their first read within an event. */
    static class StaticLookups implements Lookups {
        private final Catalog catalog;

        StaticLookups() {
            var statuses = new ArrayList<StatusView>();
            StatusCategory[] categories = StatusCategory.values();
            for (int i = 0; i < 5; i++) {
                var next = new java.util.HashSet<Long>();
                for (int j = 0; j < 5; j++) {
                    if (i != j && categories[i] != StatusCategory.CLOSED && categories[j] != StatusCategory.NEW) {
                        next.add(11L + j);
                    }
                }
                statuses.add(new StatusView(11 + i, 1, categories[i].name().toLowerCase(), categories[i].name(),
                        categories[i], i + 1, next));
            }
            catalog = new Catalog(List.of(new TicketTypeView(1, "incident", "Incident", 1, true, statuses)),
                    List.of(new CustomFieldView(1, null, "region", "Region", FieldKind.SINGLE_SELECT, false,
                            List.of("emea", "apac"), 1, true)));
        }

        public Catalog catalog() {
            return catalog;
        }

        public Optional<UserSummary> user(long id) {
            return Optional.of(new UserSummary(id, "u" + id + "@example.com", "User " + id, Role.AGENT, null));
        }

        public Optional<TeamSummary> team(long id) {
            return Optional.empty();
        }

        public Optional<OrganizationSummary> organization(long id) {
            return Optional.empty();
        }

        public List<UserSummary> agents() {
            return List.of();
        }

        public Map<Long, Set<String>> skills(Collection<Long> userIds) {
            return Map.of();
        }

        public long openTicketsOf(long agentId) {
            return 0;
        }

        public Optional<Long> lastInTurn(long teamKey) {
            return Optional.empty();
        }

        public boolean isOpen(long calendarId, Instant at) {
            return true;
        }
    }
}
