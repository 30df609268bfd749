package org.tessera.sla.internal;

import java.time.Duration;
import java.time.Instant;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.SlaMetric;

/**
 * One SLA clock of a ticket. It runs from {@code startedAt} until {@code targetMinutes} of business time have
 * passed, not counting business time spent paused (the ticket was pending); it stops when the target is met.
 */
public record TargetClock(long ticketId, SlaMetric metric, long policyId, Instant startedAt, int targetMinutes,
                    long pausedSeconds, Instant pausedSince, Instant dueAt, Instant stoppedAt, Instant warnedAt,
                    Instant breachedAt) {

    public static TargetClock start(long ticketId, SlaMetric metric, long policyId, Instant at, int targetMinutes,
                              BusinessHours hours) {
        return new TargetClock(ticketId, metric, policyId, at, targetMinutes, 0, null, null, null, null, null).due(hours);
    }

    public boolean running() {
        return stoppedAt == null && pausedSince == null;
    }

    public boolean stopped() {
        return stoppedAt != null;
    }

    public boolean paused() {
        return stoppedAt == null && pausedSince != null;
    }

    public TargetClock pause(Instant at) {
        if (!running()) {
            return this;
        }
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, at, null, null,
                warnedAt, breachedAt);
    }

    /** Business time spent paused moves the due moment on by as much. */
    public TargetClock resume(Instant at, BusinessHours hours) {
        if (!paused()) {
            return this;
        }
        long paused = pausedSeconds + hours.between(pausedSince, at).toSeconds();
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, paused, null, null, null, warnedAt,
                breachedAt).due(hours);
    }

    /** Met (or missed, if past due); a breach not yet recorded is recorded at the due moment. */
    public TargetClock stop(Instant at) {
        if (stopped()) {
            return this;
        }
        Instant breach = breachedAt == null && dueAt != null && dueAt.isBefore(at) ? dueAt : breachedAt;
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, null, dueAt, at,
                warnedAt, breach);
    }

    /** A reopened ticket's clock goes on, not counting the time it was solved. */
    public TargetClock reopen(Instant at, BusinessHours hours) {
        if (!stopped() || breachedAt != null) {
            return this;
        }
        long paused = pausedSeconds + hours.between(stoppedAt, at).toSeconds();
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, paused, null, null, null, warnedAt,
                null).due(hours);
    }

    /**
     * Another policy or priority: the same start, a new target. A target already missed stays missed (reports count
     * it, rules already reacted); a new one may warn and breach afresh.
     */
    public TargetClock retarget(long policyId, int targetMinutes, BusinessHours hours) {
        boolean missed = breachedAt != null;
        var changed = new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, pausedSince,
                dueAt, stoppedAt, missed ? warnedAt : null, missed ? breachedAt : null);
        return changed.stopped() || changed.paused() ? changed : changed.due(hours);
    }

    public TargetClock warned(Instant at) {
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, pausedSince, dueAt,
                stoppedAt, at, breachedAt);
    }

    public TargetClock breached(Instant at) {
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, pausedSince, dueAt,
                stoppedAt, warnedAt == null ? at : warnedAt, at);
    }

    private TargetClock due(BusinessHours hours) {
        Instant due = hours.plus(startedAt, Duration.ofMinutes(targetMinutes).plusSeconds(pausedSeconds));
        return new TargetClock(ticketId, metric, policyId, startedAt, targetMinutes, pausedSeconds, pausedSince, due,
                stoppedAt, warnedAt, breachedAt);
    }
}
