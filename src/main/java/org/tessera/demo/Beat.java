package org.tessera.demo;

import java.time.Duration;
import java.util.Random;

/**
 * One step of a ticket's story, with how long after the previous step it usually happens. The gaps are drawn
 * skewed toward the short end: most answers come fast, a few take their time.
 */
enum Beat {
    /** An agent takes the ticket, answers publicly and moves it to work. */
    TAKE(Duration.ofMinutes(10), Duration.ofHours(6)),
    /** An agent writes an internal note. */
    NOTE(Duration.ofMinutes(5), Duration.ofHours(3)),
    /** The agent asks the requester something and waits. */
    ASK(Duration.ofMinutes(30), Duration.ofDays(1)),
    /** The requester answers; the ticket goes back to work. */
    INFO(Duration.ofMinutes(30), Duration.ofDays(2)),
    /** The agent explains the solution and resolves the ticket. */
    SOLVE(Duration.ofHours(1), Duration.ofDays(2)),
    /** The requester says thanks. */
    THANKS(Duration.ofMinutes(10), Duration.ofDays(1)),
    /** The helpdesk closes the resolved ticket for good. */
    CLOSE(Duration.ofDays(2), Duration.ofDays(5)),
    /** The requester of an untouched ticket asks for news. */
    NUDGE(Duration.ofHours(3), Duration.ofDays(2));

    private final Duration shortest;
    private final Duration longest;

    Beat(Duration shortest, Duration longest) {
        this.shortest = shortest;
        this.longest = longest;
    }

    Duration gap(Random random) {
        double skewed = Math.pow(random.nextDouble(), 2);
        return shortest.plusMillis((long) ((longest.toMillis() - shortest.toMillis()) * skewed));
    }
}
