package org.tessera.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tessera.sla.SlaMetric;

/** The clocks in table sla_clock, and the journal of ticket events already applied to them. */
@Component
public class ClockStore {

    private static final String COLUMNS = "ticket_id, metric, policy_id, started_at, target_minutes, paused_seconds,"
            + " paused_since, due_at, stopped_at, warned_at, breached_at";

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TargetClock> of(long ticketId) {
        return jdbc.sql("select " + COLUMNS + " from sla_clock where ticket_id = ? order by metric")
                .param(ticketId).query(ClockStore::clock).list();
    }

    /** The ticket's clocks with the name of their policy, in one statement: the API shows it on every ticket. */
    public List<Named> withPolicyNames(long ticketId) {
        return jdbc.sql("select " + COLUMNS.replace("ticket_id", "c.ticket_id").replace("policy_id", "c.policy_id")
                        + ", p.name from sla_clock c join sla_policy p on p.id = c.policy_id where c.ticket_id = ?"
                        + " order by c.metric")
                .param(ticketId).query((rs, n) -> new Named(clock(rs, n), rs.getString(12))).list();
    }

    public record Named(TargetClock clock, String policy) {
    }

    public List<TargetClock> of(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from sla_clock where ticket_id in (:ids)").param("ids", ticketIds)
                .query(ClockStore::clock).list();
    }

    public Optional<TargetClock> lock(long ticketId, SlaMetric metric) {
        return jdbc.sql("select " + COLUMNS + " from sla_clock where ticket_id = ? and metric = ? for update")
                .params(ticketId, metric.name()).query(ClockStore::clock).optional();
    }

    public List<TargetClock> ofPolicy(long policyId) {
        return jdbc.sql("select " + COLUMNS + " from sla_clock where policy_id = ? and stopped_at is null")
                .param(policyId).query(ClockStore::clock).list();
    }

    /** Running clocks whose warning or breach is due at {@code now}, with their policy's warning lead. */
    public List<TargetClock> dueForWarningOrBreach(Instant now, int limit, Collection<Long> onlyTickets) {
        var query = jdbc.sql("select " + COLUMNS.replace("policy_id", "c.policy_id").replace("ticket_id", "c.ticket_id")
                        + " from sla_clock c join sla_policy p on p.id = c.policy_id"
                        + " where c.stopped_at is null and c.paused_since is null and c.due_at is not null"
                        + " and ((c.breached_at is null and c.due_at <= :now)"
                        + "   or (c.warned_at is null and c.due_at - make_interval(mins => p.warn_before_minutes) <= :now))"
                        + (onlyTickets == null ? "" : " and c.ticket_id in (:tickets)")
                        + " order by c.due_at limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit);
        if (onlyTickets != null) {
            query = query.param("tickets", onlyTickets);
        }
        return query.query(ClockStore::clock).list();
    }

    public void save(TargetClock c) {
        jdbc.sql("insert into sla_clock (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (ticket_id, metric) do update set policy_id = excluded.policy_id,"
                        + " started_at = excluded.started_at, target_minutes = excluded.target_minutes,"
                        + " paused_seconds = excluded.paused_seconds, paused_since = excluded.paused_since,"
                        + " due_at = excluded.due_at, stopped_at = excluded.stopped_at,"
                        + " warned_at = excluded.warned_at, breached_at = excluded.breached_at")
                .params(c.ticketId(), c.metric().name(), c.policyId(), ts(c.startedAt()), c.targetMinutes(),
                        c.pausedSeconds(), ts(c.pausedSince()), ts(c.dueAt()), ts(c.stoppedAt()), ts(c.warnedAt()),
                        ts(c.breachedAt()))
                .update();
    }

    public void delete(long ticketId, SlaMetric metric) {
        jdbc.sql("delete from sla_clock where ticket_id = ? and metric = ?").params(ticketId, metric.name()).update();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static TargetClock clock(ResultSet rs, int row) throws SQLException {
        return new TargetClock(rs.getLong(1), SlaMetric.valueOf(rs.getString(2)), rs.getLong(3), instant(rs, 4),
                rs.getInt(5), rs.getLong(6), instant(rs, 7), instant(rs, 8), instant(rs, 9), instant(rs, 10),
                instant(rs, 11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
