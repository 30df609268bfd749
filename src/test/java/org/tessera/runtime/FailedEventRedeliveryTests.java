package org.tessera.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.events.EventPublication;

/** A listener that keeps failing is tried again less and less often, and never given up. */
class FailedEventRedeliveryTests {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "1, 30, false",      // failed once, half a minute ago: wait a minute
            "1, 61, true",
            "2, 90, false",      // second failure: two minutes
            "2, 121, true",
            "4, 420, false",     // fourth: eight minutes
            "4, 481, true",
            "12, 18000, false",  // after many: at most six hours apart
            "12, 21601, true",
            "40, 21601, true"})
    void waitsLongerAfterEachFailure(int attempts, long secondsSinceLastTry, boolean due) {
        var publication = failed(attempts, NOW.minusSeconds(secondsSinceLastTry));

        assertThat(EventRedelivery.isDue(publication, NOW)).isEqualTo(due);
    }

    private static EventPublication failed(int attempts, Instant lastTry) {
        return new EventPublication() {
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            public Object getEvent() {
                return "event";
            }

            public Instant getPublicationDate() {
                return lastTry.minusSeconds(5);
            }

            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            public Status getStatus() {
                return Status.FAILED;
            }

            public Instant getLastResubmissionDate() {
                return lastTry;
            }

            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
