package org.tessera.automation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.RuleEngine;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.identity.Actor;
import org.tessera.shared.NotFound;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;

/**
 * Runs the rules on one event: gathers the facts, lets the engine plan the chain, and applies each rule's part.
 * Rules look at the ticket as it is when they run; a ticket whose past was rewritten after the event (imports,
 * demo data) is left alone, as are closed tickets.
 */
@Component
public class RuleRunner {

    private final RuleStore rules;
    private final TicketQueries tickets;
    private final Journal journal;
    private final RuleApplier applier;
    private final LiveLookups lookups;

    RuleRunner(RuleStore rules, TicketQueries tickets, Journal journal, RuleApplier applier, LiveLookups lookups) {
        this.rules = rules;
        this.tickets = tickets;
        this.journal = journal;
        this.applier = applier;
        this.lookups = lookups;
    }

    /** The event as the engine sees it. */
    public record Event(String key, long ticketId, Trigger trigger, Instant at, List<FieldChange> changes,
                        TicketFacts.Message message, TicketFacts.SlaTarget sla) {
    }

    public List<Firing> run(Event event, Predicate<Rule> firstPass) {
        List<Rule> active = rules.active();
        if (active.stream().noneMatch(firstPass)) {
            return List.of();
        }
        boolean activity = event.trigger() != Trigger.TIME_ELAPSED && event.trigger() != Trigger.SLA_WARNING
                && event.trigger() != Trigger.SLA_BREACHED;
        Optional<TicketDetails> ticket = current(event.ticketId(), activity ? event.at() : Instant.EPOCH);
        if (ticket.isEmpty()) {
            return List.of();
        }
        Lookups live = lookups.fresh();
        var facts = new TicketFacts(TicketState.of(ticket.get()), event.trigger(), event.changes(), event.message(),
                event.sla(), event.at());
        List<Firing> firings = RuleEngine.run(active, facts, firstPass, journal.rulesDone(event.key()),
                Planner.forRules(live), live);
        for (Firing firing : firings) {
            applier.apply(event.key(), firing, event.trigger(), live);
        }
        return firings;
    }

    private Optional<TicketDetails> current(long ticketId, Instant eventAt) {
        try {
            TicketDetails ticket = tickets.get(ticketId, Actor.system());
            return ticket.updatedAt().isBefore(eventAt) ? Optional.empty() : Optional.of(ticket);
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }
}
