package org.tessera.automation.rule;

import java.util.List;

/**
 * A stored rule: when its trigger fires and its conditions hold (all, or any), its actions run in order. A rule
 * that stops later rules ends the chain after it.
 */
public record Rule(long id, int position, String name, String description, Trigger trigger, Moment elapsedMoment,
                   Integer elapsedHours, Match match, List<Condition> conditions, List<Action> actions,
                   boolean stopsLater, boolean active) {

    public boolean holdsFor(TicketFacts facts, Lookups lookups) {
        if (conditions.isEmpty()) {
            return true;
        }
        return match == Match.ALL ? conditions.stream().allMatch(c -> c.holds(facts, lookups))
                : conditions.stream().anyMatch(c -> c.holds(facts, lookups));
    }

    /** The indexes of the conditions that do not hold: what the dry run explains. */
    public List<Integer> failingConditions(TicketFacts facts, Lookups lookups) {
        return java.util.stream.IntStream.range(0, conditions.size())
                .filter(i -> !conditions.get(i).holds(facts, lookups)).boxed().toList();
    }

    public Rule withId(long id, int position) {
        return new Rule(id, position, name, description, trigger, elapsedMoment, elapsedHours, match, conditions,
                actions, stopsLater, active);
    }
}
