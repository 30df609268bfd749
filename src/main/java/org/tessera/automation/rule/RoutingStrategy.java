package org.tessera.automation.rule;

/** How a ticket finds its agent. */
public enum RoutingStrategy {
    /** Each agent of the team in turn. */
    ROUND_ROBIN,
    /** The agent with the fewest unsolved tickets. */
    LEAST_OPEN,
    /** The agent whose skills match most of the ticket's tags, type and selected field values. */
    SKILLS
}
