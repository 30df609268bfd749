package org.tessera.automation.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.StatusCategory;

/**
 * Runs rules on one event, as a chain: the rules of the event's trigger in their order, each seeing what earlier
 * ones changed; when a pass changed fields, every rule that has not acted looks again, from the top: those of the
 * event's trigger (a "ticket created" rule that routes within the team still sees the team a later rule set, as in
 * Zendesk's and Zammad's trigger cycles) and those of "ticket updated" (and "status changed"). Each rule acts at most
 * once per chain, so a chain always ends: rules can never loop. A rule that stops later rules ends the chain. Pure:
 * it plans; applying is someone else's job.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * @param rules       active rules in their order
     * @param start       the event's facts
     * @param firstPass   which rules may act on the event itself (those of its trigger)
     * @param alreadyDone ids of rules that acted on this event before (a redelivered event)
     */
    public static List<Firing> run(List<Rule> rules, TicketFacts start, Predicate<Rule> firstPass,
                                   Set<Long> alreadyDone, Planner planner, Lookups lookups) {
        var firings = new ArrayList<Firing>();
        if (start.ticket().category() == StatusCategory.CLOSED) {
            return firings;
        }
        Set<Long> done = new HashSet<>(alreadyDone);
        TicketFacts facts = start;
        Predicate<Rule> eligible = firstPass;
        while (true) {
            var derived = new ArrayList<FieldChange>();
            boolean acted = false;
            for (Rule rule : rules) {
                if (!rule.active() || done.contains(rule.id()) || !eligible.test(rule)
                        || !rule.holdsFor(facts, lookups)) {
                    continue;
                }
                done.add(rule.id());
                acted = true;
                Firing firing = planner.plan(rule, facts.ticket());
                firings.add(firing);
                derived.addAll(firing.changes());
                facts = facts.withTicket(firing.after());
                if (rule.stopsLater()) {
                    return firings;
                }
            }
            if (!acted || derived.isEmpty()) {
                return firings;
            }
            facts = facts.asUpdate(facts.ticket(), derived);
            Set<Trigger> next = derived.stream().anyMatch(c -> c.field().equals("status"))
                    ? EnumSet.of(Trigger.TICKET_UPDATED, Trigger.STATUS_CHANGED) : EnumSet.of(Trigger.TICKET_UPDATED);
            eligible = rule -> firstPass.test(rule) || next.contains(rule.trigger());
        }
    }

    /** The rules of these triggers may act first. */
    public static Predicate<Rule> triggeredBy(Set<Trigger> triggers) {
        return rule -> triggers.contains(rule.trigger());
    }
}
