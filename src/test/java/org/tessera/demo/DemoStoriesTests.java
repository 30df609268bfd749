package org.tessera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoStoriesTests {

    private static final Instant NOW = Instant.parse("2026-03-06T15:00:00Z");

    private final Cast cast = new Cast(1,
            List.of(person(1, Language.PT, 100L), person(2, Language.PT, 100L), person(3, Language.EN, null)),
            List.of(person(4, Language.EN, null)),
            Map.of("First line", List.of(person(5, Language.PT, null)),
                    "Billing", List.of(person(6, Language.EN, null)),
                    "Infrastructure", List.of(person(7, Language.PT, null))),
            Map.of("First line", 1L, "Billing", 2L, "Infrastructure", 3L));
    private final List<Topic> topics = Stream.concat(EnglishTopics.all().stream(), PortugueseTopics.all().stream())
            .toList();

    @Test
    void theSameSeedTellsTheSameStories() {
        var first = new StoryPlanner(cast, topics, NOW, new Random(7)).plan(50);

        var second = new StoryPlanner(cast, topics, NOW, new Random(7)).plan(50);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyStoryHasOneToSixMessagesInOrderBeforeNow() {
        var plans = new StoryPlanner(cast, topics, NOW, new Random(7)).plan(200);

        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.steps().stream().filter(s -> s.beat() != Beat.CLOSE).count()).isBetween(1L, 6L);
            assertThat(plan.createdAt()).isAfter(NOW.minus(StoryPlanner.HISTORY).minusSeconds(86_400));
            Instant previous = plan.createdAt();
            for (var step : plan.steps()) {
                assertThat(step.at()).isAfter(previous).isBefore(NOW);
                previous = step.at();
            }
        });
        assertThat(plans).extracting(Plan::createdAt).isSorted();
    }

    @Test
    void requestersWriteInTheirOwnLanguage() {
        var plans = new StoryPlanner(cast, topics, NOW, new Random(7)).plan(100);

        assertThat(plans).allSatisfy(plan ->
                assertThat(plan.topic().language()).isEqualTo(plan.requester().language()));
    }

    private static DemoPerson person(long id, Language language, Long organizationId) {
        return new DemoPerson(id, "Person " + id, "person" + id + "@demo.example", language, organizationId,
                organizationId == null ? null : "Org " + organizationId);
    }
}
