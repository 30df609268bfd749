package org.tessera.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.SlaMetric;

/** A clock's due moment moves on by the business time it spent paused (pending) or solved before a reopen. */
class SlaClockArithmeticTests {

    private final BusinessHours hours = BusinessHours.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0),
            LocalTime.of(17, 0), Set.of());

    @ParameterizedTest
    @CsvSource({
            // started (Mon), target, paused at, resumed at, due
            "2026-03-09T09:00:00Z, 120, 2026-03-09T10:00:00Z, 2026-03-10T10:00:00Z, 2026-03-10T11:00:00Z",
            "2026-03-09T09:00:00Z, 120, 2026-03-09T10:00:00Z, 2026-03-09T10:30:00Z, 2026-03-09T11:30:00Z",
            "2026-03-06T16:00:00Z, 120, 2026-03-06T16:30:00Z, 2026-03-09T09:00:00Z, 2026-03-09T10:30:00Z", // over a weekend
            "2026-03-09T09:00:00Z, 60,  2026-03-09T09:30:00Z, 2026-03-09T18:00:00Z, 2026-03-10T09:30:00Z"})
    void pausingMovesTheDueMomentOnByTheBusinessTimePaused(Instant started, int minutes, Instant pausedAt,
                                                          Instant resumedAt, Instant due) {
        TargetClock clock = TargetClock.start(1, SlaMetric.RESOLUTION, 1, started, minutes, hours);

        TargetClock resumed = clock.pause(pausedAt).resume(resumedAt, hours);

        assertThat(resumed.dueAt()).isEqualTo(due);
    }

    @Test
    void whilePausedThereIsNoDueMoment() {
        TargetClock clock = TargetClock.start(1, SlaMetric.RESOLUTION, 1, Instant.parse("2026-03-09T09:00:00Z"), 60, hours);

        TargetClock paused = clock.pause(Instant.parse("2026-03-09T09:10:00Z"));

        assertThat(paused.dueAt()).isNull();
        assertThat(paused.paused()).isTrue();
    }

    @Test
    void stoppingAfterTheDueMomentIsABreachAtTheDueMoment() {
        TargetClock clock = TargetClock.start(1, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-03-09T09:00:00Z"), 60, hours);

        TargetClock stopped = clock.stop(Instant.parse("2026-03-09T11:00:00Z"));

        assertThat(stopped.breachedAt()).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @Test
    void stoppingInTimeIsNoBreach() {
        TargetClock clock = TargetClock.start(1, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-03-09T09:00:00Z"), 60, hours);

        assertThat(clock.stop(Instant.parse("2026-03-09T09:59:00Z")).breachedAt()).isNull();
    }

    @Test
    void aReopenedTicketsClockDoesNotCountTheTimeItWasSolved() {
        TargetClock clock = TargetClock.start(1, SlaMetric.RESOLUTION, 1, Instant.parse("2026-03-09T09:00:00Z"), 240, hours);

        TargetClock reopened = clock.stop(Instant.parse("2026-03-09T10:00:00Z"))
                .reopen(Instant.parse("2026-03-10T09:00:00Z"), hours);

        assertThat(reopened.dueAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(reopened.stopped()).isFalse();
    }

    @Test
    void aNewTargetKeepsTheStart() {
        TargetClock clock = TargetClock.start(1, SlaMetric.RESOLUTION, 1, Instant.parse("2026-03-09T09:00:00Z"), 60, hours);

        assertThat(clock.retarget(2, 480, hours).dueAt()).isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
    }

    @Test
    void aMissedTargetStaysMissedUnderANewTarget() {
        TargetClock clock = TargetClock.start(1, SlaMetric.RESOLUTION, 1, Instant.parse("2026-03-09T09:00:00Z"), 60, hours);
        TargetClock missed = clock.breached(clock.dueAt());

        TargetClock longer = missed.retarget(2, 480, hours);

        assertThat(longer.breachedAt()).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(longer.dueAt()).isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
        assertThat(clock.retarget(2, 480, hours).breachedAt()).isNull();
    }
}
