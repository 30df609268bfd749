package org.tessera.sla.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.identity.Actor;
import org.tessera.sla.SlaWarningRaised;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.TicketManagement;

/**
 * Every half minute, on one node: warns of SLA targets about to fall due and records those missed, in the ticket's
 * history and as events (which rules may react to). Each clock warns and breaches once.
 */
@Component
public class SlaSweep {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final ClockStore clocks;
    private final SlaPolicySelection policies;
    private final SlaClock slaClock;
    private final TicketManagement tickets;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaSweep(ClockStore clocks, SlaPolicySelection policies, SlaClock slaClock, TicketManagement tickets,
             ApplicationEventPublisher events, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.clocks = clocks;
        this.policies = policies;
        this.slaClock = slaClock;
        this.tickets = tickets;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${tessera.sla.sweep-interval:PT30S}")
    @SchedulerLock(name = "sla-sweep", lockAtMostFor = "PT5M")
    public void sweep() {
        sweepAt(clock.instant());
    }

    /** Warns and breaches what is due at {@code now}; returns how many clocks it moved. */
    public int sweepAt(Instant now) {
        return sweepAt(now, null);
    }

    /** The same, for these tickets only (null: all). */
    public int sweepAt(Instant now, java.util.Collection<Long> tickets) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        int moved = 0;
        for (TargetClock due : clocks.dueForWarningOrBreach(at, 500, tickets)) {
            Boolean done = transaction.execute(status -> {
                this.tickets.hold(due.ticketId());
                return clocks.lock(due.ticketId(), due.metric()).filter(TargetClock::running)
                        .map(current -> advance(current, at)).orElse(false);
            });
            moved += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return moved;
    }

    private boolean advance(TargetClock clock, Instant now) {
        if (clock.breachedAt() == null && !clock.dueAt().isAfter(now)) {
            TargetClock breached = clock.breached(clock.dueAt());
            clocks.save(breached);
            slaClock.announceBreach(breached, now);
            return true;
        }
        if (clock.warnedAt() == null) {
            clocks.save(clock.warned(now));
            String policy = policies.nameOf(clock.policyId());
            ZoneId zone = policies.hoursOf(clock.policyId()).zone();
            tickets.recordInHistory(clock.ticketId(), new FieldChange("sla", null, clock.metric().label()
                    + " due soon: " + WHEN.format(clock.dueAt().atZone(zone)) + " (" + zone + ")"),
                    Actor.system("SLA: " + policy));
            events.publishEvent(new SlaWarningRaised(clock.ticketId(), clock.metric(), policy, clock.dueAt(), now));
            return true;
        }
        return false;
    }
}
