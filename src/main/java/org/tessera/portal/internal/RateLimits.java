package org.tessera.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts what one address or one email does per hour, in the database so that every node counts together. The limits
 * sit far above what a person does; only scripts ever reach them.
 */
@Component
public class RateLimits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Counts one more hit for the key and answers whether it is still within {@code perHour}, over the last hour: the
     * hits of this clock hour plus the share of the previous hour's that still falls in the last sixty minutes, so that
     * a burst around the full hour counts as one. Counted in its own transaction, so that a refused request still
     * counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(String key, int perHour) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.HOURS);
        Integer hits = jdbc.queryForObject("""
                insert into portal_rate_limit (key, window_start, hits) values (?, ?, 1)
                on conflict (key, window_start) do update set hits = portal_rate_limit.hits + 1
                returning hits""", Integer.class, key, java.sql.Timestamp.from(window));
        Integer before = jdbc.query("select hits from portal_rate_limit where key = ? and window_start = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, key, java.sql.Timestamp.from(window.minus(1, ChronoUnit.HOURS)));
        double elapsed = java.time.Duration.between(window, now).toMillis() / 3_600_000.0;
        double lastHour = (hits == null ? 0 : hits) + (before == null ? 0 : before) * (1 - elapsed);
        return lastHour <= perHour;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @SchedulerLock(name = "portal-sweep")
    @Transactional
    public void sweep() {
        Instant now = clock.instant();
        jdbc.update("delete from portal_rate_limit where window_start < ?", java.sql.Timestamp.from(now.minus(2, ChronoUnit.HOURS)));
        jdbc.update("delete from portal_token where expires_at < ?", java.sql.Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
        jdbc.update("delete from portal_pending_request where confirmed_at is null and expires_at < ?",
                java.sql.Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
        jdbc.update("delete from portal_pending_file f using portal_pending_request r "
                + "where f.request_id = r.id and r.confirmed_at is not null");
    }
}
