package org.tessera.demo;

import static org.tessera.demo.Beat.ASK;
import static org.tessera.demo.Beat.CLOSE;
import static org.tessera.demo.Beat.INFO;
import static org.tessera.demo.Beat.NOTE;
import static org.tessera.demo.Beat.NUDGE;
import static org.tessera.demo.Beat.SOLVE;
import static org.tessera.demo.Beat.TAKE;
import static org.tessera.demo.Beat.THANKS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.tessera.demo.Plan.Opener;
import org.tessera.demo.Plan.Step;
import org.tessera.ticket.StatusCategory;

/**
 * Decides what happens to each demo ticket: who asks about what, when, and how far it gets. Older tickets are
 * mostly solved, recent ones mostly still open, as in a real queue. The same random seed gives the same stories.
 */
final class StoryPlanner {

    static final Duration HISTORY = Duration.ofDays(60);
    private static final ZoneId OFFICE = ZoneId.of("America/Sao_Paulo");
    private static final int[] PRIORITY_WEIGHTS = {4, 14, 52, 20, 10};

    private final Cast cast;
    private final List<Topic> topics;
    private final Instant now;
    private final Random random;

    StoryPlanner(Cast cast, List<Topic> topics, Instant now, Random random) {
        this.cast = cast;
        this.topics = topics;
        this.now = now;
        this.random = random;
    }

    /** The plans in the order the tickets were opened, so ticket numbers grow with time as they would. */
    List<Plan> plan(int tickets) {
        var plans = new ArrayList<Plan>();
        for (int i = 0; i < tickets; i++) {
            plans.add(plan());
        }
        plans.sort(Comparator.comparing(Plan::createdAt));
        return plans;
    }

    private Plan plan() {
        boolean internal = random.nextDouble() < 0.06;
        DemoPerson requester = internal ? any(cast.collaborators()) : any(cast.customers());
        Topic topic = weighted(topics.stream().filter(t -> t.language() == requester.language())
                .filter(t -> !internal || t.type().equals("task")).toList(), Topic::weight);
        DemoPerson agent = agentFor(topic.team(), requester.language());
        int daysAgo = (int) (HISTORY.toDays() * Math.pow(random.nextDouble(), 1.6));
        Instant created = createdAt(daysAgo);
        List<Step> steps = schedule(created, beats(outcome(daysAgo)));
        Opener opener = internal ? Opener.REQUESTER : opener();
        String channel = internal ? "web" : switch (opener) {
            case SYSTEM -> "email";
            case AGENT -> "phone";
            case REQUESTER -> "portal";
        };
        Instant due = topic.type().equals("task") ? created.plus(Duration.ofDays(2 + random.nextInt(9))) : null;
        return new Plan(topic, requester, agent, opener, channel, any(topic.subjects()), priority(topic),
                random.nextDouble() < 0.8, random.nextDouble() < 0.3, followers(requester, agent),
                String.valueOf(40_000 + random.nextInt(60_000)), created, due, steps);
    }

    /**
     * In office hours, mostly on weekdays, {@code daysAgo} days before today (and before now). Every draw is made
     * whatever the outcome, so that the stories are the same whenever the demo is made.
     */
    private Instant createdAt(int daysAgo) {
        int hour = 8 + random.nextInt(11);
        int minute = random.nextInt(60);
        int second = random.nextInt(60);
        int micros = random.nextInt(1_000_000);
        boolean weekendOff = random.nextDouble() < 0.8;
        int minutesBeforeNow = 15 + random.nextInt(180);
        ZonedDateTime at = now.atZone(OFFICE).minusDays(daysAgo).withHour(hour).withMinute(minute)
                .withSecond(second).withNano(micros * 1_000);
        if (weekendOff && at.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
            at = at.with(DayOfWeek.FRIDAY);
        }
        Instant latest = now.minus(Duration.ofMinutes(15));
        return at.toInstant().isAfter(latest) ? now.minus(Duration.ofMinutes(minutesBeforeNow)) : at.toInstant();
    }

    /** How far the ticket has got by now, drawn by its age. */
    private StatusCategory outcome(int daysAgo) {
        int[] weights = daysAgo < 1 ? new int[] {45, 35, 15, 5, 0}
                : daysAgo < 7 ? new int[] {10, 35, 20, 25, 10}
                : daysAgo < 21 ? new int[] {3, 15, 10, 22, 50}
                : new int[] {0, 7, 5, 8, 80};
        return StatusCategory.values()[weightedIndex(weights)];
    }

    /** 1 to 6 messages, in the order a real conversation has them. */
    private List<Beat> beats(StatusCategory outcome) {
        if (outcome == StatusCategory.NEW) {
            return List.of(random.nextDouble() < 0.6 ? NUDGE : NOTE);
        }
        var beats = new ArrayList<>(List.of(TAKE));
        if (random.nextDouble() < 0.3) {
            beats.add(NOTE);
        }
        switch (outcome) {
            case PENDING -> beats.add(ASK);
            case OPEN -> {
                if (random.nextDouble() < 0.4) {
                    beats.addAll(List.of(ASK, INFO));
                }
            }
            default -> {
                if (random.nextDouble() < 0.35) {
                    beats.addAll(List.of(ASK, INFO));
                }
                beats.add(SOLVE);
                if (random.nextDouble() < 0.5) {
                    beats.add(THANKS);
                }
                if (outcome == StatusCategory.CLOSED) {
                    beats.add(CLOSE);
                }
            }
        }
        return beats;
    }

    /**
     * Each step a drawn gap after the one before. A story that would run past now loses its epilogue (the thanks,
     * the closing) and is then squeezed to fit.
     */
    private List<Step> schedule(Instant created, List<Beat> beats) {
        var steps = new ArrayList<Step>();
        Instant at = created;
        for (Beat beat : beats) {
            at = at.plus(beat.gap(random));
            steps.add(new Step(beat, at));
        }
        Instant limit = now.minus(Duration.ofMinutes(2));
        while (steps.size() > 1 && last(steps).at().isAfter(limit)
                && (last(steps).beat() == CLOSE || last(steps).beat() == THANKS)) {
            steps.remove(steps.size() - 1);
        }
        if (last(steps).at().isAfter(limit)) {
            double squeeze = (double) Duration.between(created, limit).toMillis()
                    / Duration.between(created, last(steps).at()).toMillis();
            steps.replaceAll(s -> new Step(s.beat(),
                    created.plusMillis((long) (Duration.between(created, s.at()).toMillis() * squeeze))));
        }
        return steps;
    }

    private Opener opener() {
        double r = random.nextDouble();
        return r < 0.5 ? Opener.SYSTEM : r < 0.8 ? Opener.REQUESTER : Opener.AGENT;
    }

    /** Mostly 3; outages are urgent. */
    private int priority(Topic topic) {
        if (topic.tags().contains("outage") || topic.tags().contains("indisponibilidade")) {
            return random.nextDouble() < 0.5 ? 1 : 2;
        }
        return 1 + weightedIndex(PRIORITY_WEIGHTS);
    }

    /** Usually an agent who speaks the requester's language. */
    private DemoPerson agentFor(String team, Language language) {
        List<DemoPerson> members = cast.agentsByTeam().getOrDefault(team, cast.agents());
        List<DemoPerson> speakers = members.stream().filter(a -> a.language() == language).toList();
        return any(!speakers.isEmpty() && random.nextDouble() < 0.75 ? speakers : members);
    }

    private List<Long> followers(DemoPerson requester, DemoPerson agent) {
        var followers = new LinkedHashSet<Long>();
        if (random.nextDouble() < 0.15) {
            followers.add(any(cast.collaborators()).id());
        }
        if (random.nextDouble() < 0.1) {
            followers.add(any(cast.agents().stream().filter(a -> a.id() != agent.id()).toList()).id());
        }
        List<DemoPerson> colleagues = cast.colleaguesOf(requester);
        if (!colleagues.isEmpty() && random.nextDouble() < 0.12) {
            followers.add(any(colleagues).id());
        }
        followers.remove(requester.id());
        return List.copyOf(followers);
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T weighted(List<T> items, ToIntFunction<T> weight) {
        return items.get(weightedIndex(items.stream().mapToInt(weight).toArray()));
    }

    private int weightedIndex(int[] weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }
}
