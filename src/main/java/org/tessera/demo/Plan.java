package org.tessera.demo;

import java.time.Instant;
import java.util.List;

/**
 * Everything one demo ticket goes through, decided before any of it is played, so that each step already has the
 * moment it will be dated to.
 */
record Plan(Topic topic, DemoPerson requester, DemoPerson agent, Opener opener, String channel, String subject,
            int priority, boolean routedAtOnce, boolean assignedAtOnce, List<Long> followerIds, String reference,
            Instant createdAt, Instant dueAt, List<Step> steps) {

    /** Who opens the ticket: the email intake (the system), an agent on the phone, or the requester themselves. */
    enum Opener {
        SYSTEM, AGENT, REQUESTER
    }

    record Step(Beat beat, Instant at) {
    }

    /** A line of the topic with the placeholders filled in. */
    String text(String key) {
        return fill(topic.line(key));
    }

    String fill(String line) {
        return line.replace("{first}", requester.firstName()).replace("{org}", requester.workplace())
                .replace("{n}", reference);
    }

    boolean has(Beat beat) {
        return steps.stream().anyMatch(s -> s.beat() == beat);
    }

    Instant lastMoment() {
        return steps.isEmpty() ? createdAt : steps.get(steps.size() - 1).at();
    }
}
