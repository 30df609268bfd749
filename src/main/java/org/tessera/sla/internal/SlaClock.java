package org.tessera.sla.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import org.tessera.conversation.MessageAppended;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.shared.NotFound;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.PolicyView;
import org.tessera.sla.SlaBreached;
import org.tessera.sla.SlaMetric;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketChanged;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketOpened;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.Workflows;

/**
 * Moves the SLA clocks of tickets as things happen to them: started when a ticket opens (or a customer writes
 * again), paused while pending, stopped by the helpdesk's public reply or the resolution. The clocks move in the
 * transaction of the change itself, just before it commits: a ticket and its clocks (and its due moment in lists)
 * never disagree, each event is applied exactly once, and no event record or second transaction is needed.
 */
@Component
public class SlaClock {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final ClockStore clocks;
    private final SlaPolicySelection policies;
    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final Workflows workflows;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    SlaClock(ClockStore clocks, SlaPolicySelection policies, TicketQueries queries, TicketManagement tickets,
             Workflows workflows, Directory directory, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.policies = policies;
        this.queries = queries;
        this.tickets = tickets;
        this.workflows = workflows;
        this.directory = directory;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketOpened opened) {
        current(opened.ticketId()).ifPresent(ticket -> {
            ensureClocks(ticket, opened.at());
            refreshDue(ticket.id());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketChanged changed) {
        current(changed.ticketId()).ifPresent(ticket -> {
            changed.changes().stream().filter(c -> c.field().equals("status")).findFirst()
                    .ifPresent(status -> moveStatus(ticket, status, changed.at()));
            if (changed.changed("priority") || changed.changed("type") || changed.changed("organization")) {
                retarget(ticket);
            }
            ensureClocks(ticket, changed.at());
            refreshDue(ticket.id());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MessageAppended appended) {
        if (appended.visibility() != Visibility.PUBLIC || appended.authorId() == null
                || appended.authorId() == directory.systemUserId()) {
            return;
        }
        Optional<UserSummary> author = directory.user(appended.authorId());
        current(appended.ticketId()).ifPresent(ticket -> {
            if (author.map(a -> a.role().isStaff()).orElse(false)) {
                stop(ticket, SlaMetric.FIRST_RESPONSE, appended.at());
                stop(ticket, SlaMetric.NEXT_RESPONSE, appended.at());
            } else {
                startNextResponse(ticket, appended.at());
            }
            refreshDue(ticket.id());
        });
    }

    /** Starts the clocks a ticket's policy asks for and it lacks; a ticket no policy covers keeps none running. */
    void ensureClocks(TicketDetails ticket, Instant at) {
        PolicyView policy = policies.coveringOrNull(ticket);
        StatusCategory category = ticket.status().category();
        if (policy == null || category.isSolved()) {
            return;
        }
        BusinessHours hours = policies.hoursOf(policy);
        var existing = clocks.of(ticket.id()).stream().map(TargetClock::metric).toList();
        for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
            Integer minutes = policy.minutes(ticket.priority(), metric);
            boolean answered = metric == SlaMetric.FIRST_RESPONSE && ticket.firstResponseAt() != null;
            if (minutes != null && !existing.contains(metric) && !answered) {
                TargetClock clock = TargetClock.start(ticket.id(), metric, policy.id(), ticket.createdAt(), minutes, hours);
                clocks.save(category == StatusCategory.PENDING ? clock.pause(at) : clock);
            }
        }
    }

    private void moveStatus(TicketDetails ticket, FieldChange status, Instant at) {
        StatusCategory from = category(status.oldValue(), null);
        StatusCategory to = category(status.newValue(), ticket.status().category());
        for (TargetClock clock : clocks.of(ticket.id())) {
            BusinessHours hours = policies.hoursOf(clock.policyId());
            TargetClock moved = clock;
            if (to.isSolved()) {
                moved = clock.stop(at);
            } else if (from != null && from.isSolved() && clock.metric() == SlaMetric.RESOLUTION) {
                moved = clock.reopen(at, hours);
                if (to == StatusCategory.PENDING) {
                    moved = moved.pause(at);
                }
            } else if (to == StatusCategory.PENDING) {
                moved = clock.pause(at);
            } else if (from == StatusCategory.PENDING) {
                moved = clock.resume(at, hours);
            }
            save(clock, moved, at);
        }
    }

    private void retarget(TicketDetails ticket) {
        PolicyView policy = policies.coveringOrNull(ticket);
        for (TargetClock clock : clocks.of(ticket.id())) {
            Integer minutes = policy == null ? null : policy.minutes(ticket.priority(), clock.metric());
            if (clock.stopped()) {
                continue;
            }
            if (minutes == null) {
                clocks.delete(ticket.id(), clock.metric());
            } else {
                clocks.save(clock.retarget(policy.id(), minutes, policies.hoursOf(policy)));
            }
        }
    }

    private void stop(TicketDetails ticket, SlaMetric metric, Instant at) {
        clocks.lock(ticket.id(), metric).ifPresent(clock -> save(clock, clock.stop(at), at));
    }

    /** A customer writes again after the helpdesk's answer: the helpdesk owes the next one. */
    private void startNextResponse(TicketDetails ticket, Instant at) {
        PolicyView policy = policies.coveringOrNull(ticket);
        if (policy == null || ticket.status().category() == StatusCategory.CLOSED) {
            return;
        }
        Optional<TargetClock> first = clocks.lock(ticket.id(), SlaMetric.FIRST_RESPONSE);
        if (first.map(c -> !c.stopped()).orElse(ticket.firstResponseAt() == null)) {
            return;
        }
        Optional<TargetClock> next = clocks.lock(ticket.id(), SlaMetric.NEXT_RESPONSE);
        Integer minutes = policy.minutes(ticket.priority(), SlaMetric.NEXT_RESPONSE);
        if (minutes == null || next.map(c -> !c.stopped()).orElse(false)) {
            return;
        }
        TargetClock clock = TargetClock.start(ticket.id(), SlaMetric.NEXT_RESPONSE, policy.id(), at, minutes,
                policies.hoursOf(policy));
        clocks.save(ticket.status().category() == StatusCategory.PENDING ? clock.pause(at) : clock);
    }

    /** Saves a clock; one that stopped past its due moment is a breach, told like the sweep tells it. */
    private void save(TargetClock before, TargetClock after, Instant at) {
        clocks.save(after);
        if (before.breachedAt() == null && after.breachedAt() != null) {
            announceBreach(after, at);
        }
    }

    public void announceBreach(TargetClock clock, Instant at) {
        String policy = policies.nameOf(clock.policyId());
        ZoneId zone = policies.hoursOf(clock.policyId()).zone();
        tickets.recordInHistory(clock.ticketId(), new FieldChange("sla", null, clock.metric().label()
                + " target missed: it was due " + WHEN.format(clock.dueAt().atZone(zone)) + " (" + zone + ")"),
                Actor.system("SLA: " + policy));
        events.publishEvent(new SlaBreached(clock.ticketId(), clock.metric(), policy, clock.dueAt(), at));
    }

    /**
     * After a policy or calendar changed: running clocks of the policy get their new targets and due moments;
     * clocks of tickets no target covers any more are dropped.
     */
    public void retargetPolicy(long policyId) {
        var ticketIds = clocks.ofPolicy(policyId).stream().map(TargetClock::ticketId).distinct().toList();
        for (long ticketId : ticketIds) {
            current(ticketId).ifPresent(ticket -> {
                retarget(ticket);
                refreshDue(ticketId);
            });
        }
    }

    /** Holds the ticket's row: whoever moves its clocks holds the ticket first (see TicketManagement.hold). */
    public void hold(long ticketId) {
        tickets.hold(ticketId);
    }

    /** The ticket's next due moment, for lists: the earliest running target, met or not. */
    public void refreshDue(long ticketId) {
        Instant next = clocks.of(ticketId).stream().filter(TargetClock::running).map(TargetClock::dueAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        tickets.recordSlaDue(ticketId, next);
    }

    private StatusCategory category(String statusId, StatusCategory fallback) {
        try {
            StatusView status = statusId == null ? null : workflows.catalog().status(Long.parseLong(statusId));
            return status == null ? fallback : status.category();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The ticket as this transaction sees it. */
    private Optional<TicketDetails> current(long ticketId) {
        try {
            tickets.hold(ticketId);
            return Optional.of(queries.get(ticketId, Actor.system()));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }
}
