package org.tessera.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Moment;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;

/**
 * Every minute, on one node: the time rules ("resolved for 7 days", "pending for 3 days"). A time rule acts at most
 * once on a ticket each time the ticket enters a status: its event is the ticket's stay in that status.
 */
@Component
public class TimeRules {

    static final int BATCH = 500;

    private final RuleStore rules;
    private final RuleRunner runner;
    private final JdbcClient jdbc;
    private final Clock clock;

    TimeRules(RuleStore rules, RuleRunner runner, JdbcClient jdbc, Optional<Clock> clock) {
        this.rules = rules;
        this.runner = runner;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${tessera.automation.time-rules-interval:PT1M}")
    @SchedulerLock(name = "automation-time-rules", lockAtMostFor = "PT10M")
    public void run() {
        runAt(clock.instant());
    }

    /** Runs the time rules as if it were {@code now}; returns how many rules acted. */
    public int runAt(Instant now) {
        return runAt(now, null);
    }

    /** The same, for these tickets only (null: all), such as a test's own tickets. */
    public int runAt(Instant now, java.util.Collection<Long> tickets) {
        int acted = 0;
        for (Rule rule : rules.active()) {
            if (rule.trigger() != Trigger.TIME_ELAPSED || rule.elapsedMoment() == null || rule.elapsedHours() == null) {
                continue;
            }
            for (Candidate c : candidates(rule, now, tickets)) {
                acted += runner.run(new RuleRunner.Event(key(rule, c), c.ticketId(), Trigger.TIME_ELAPSED,
                        now.truncatedTo(ChronoUnit.MICROS), List.of(), null, null), r -> r.id() == rule.id()).size();
            }
        }
        return acted;
    }

    record Candidate(long ticketId, Instant statusSince) {
    }

    private static String key(Rule rule, Candidate c) {
        return "elapsed:" + rule.id() + ":" + c.ticketId() + ":" + c.statusSince().toEpochMilli();
    }

    /**
     * Tickets past the rule's moment that it has not acted on during their stay in the current status. A rule that
     * asks for status categories has them checked in the query already, so old tickets in other states cost nothing.
     */
    private List<Candidate> candidates(Rule rule, Instant now, java.util.Collection<Long> tickets) {
        String moment = switch (rule.elapsedMoment()) {
            case CREATED -> "c.created_at";
            case UPDATED -> "c.updated_at";
            case STATUS_CHANGED -> "c.status_since";
        };
        Set<String> categories = rule.match() == Match.ALL ? rule.conditions().stream()
                .filter(c -> c instanceof Condition.CategoryIs k && !k.negated())
                .flatMap(c -> ((Condition.CategoryIs) c).categories().stream()).map(Enum::name)
                .collect(Collectors.toSet()) : Set.of();
        String categoryFilter = (categories.isEmpty() ? "" : " and c.status_category in (:categories)")
                + (tickets == null ? "" : " and c.ticket_id in (:tickets)");
        var query = jdbc.sql("select c.ticket_id, c.status_since from automation_ticket_clock c"
                        + " where c.status_category <> 'CLOSED' and " + moment + " <= :cutoff" + categoryFilter
                        + " and not exists (select 1 from automation_firing f where f.rule_id = :rule"
                        + "   and f.event_key = 'elapsed:' || :rule || ':' || c.ticket_id || ':'"
                        + "       || (extract(epoch from date_trunc('milliseconds', c.status_since)) * 1000)::bigint)"
                        + " order by " + moment + " limit :batch")
                .param("cutoff", Timestamp.from(now.minus(Duration.ofHours(rule.elapsedHours()))))
                .param("rule", rule.id()).param("batch", BATCH);
        if (!categories.isEmpty()) {
            query = query.param("categories", categories);
        }
        if (tickets != null) {
            query = query.param("tickets", tickets);
        }
        return query.query((rs, n) -> new Candidate(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** For the dry run: when this ticket's moment was. */
    Optional<Instant> momentOf(long ticketId, Moment moment) {
        String column = switch (moment) {
            case CREATED -> "created_at";
            case UPDATED -> "updated_at";
            case STATUS_CHANGED -> "status_since";
        };
        return jdbc.sql("select " + column + " from automation_ticket_clock where ticket_id = ?").param(ticketId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
