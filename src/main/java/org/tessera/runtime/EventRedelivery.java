package org.tessera.runtime;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers module events again that were not handled: those a stopped (or killed) Tessera left unfinished, as soon
 * as it is up again, and those whose listener failed or never finished while the node ran (the registry marks those
 * failed once they are stale, see {@code spring.modulith.events.staleness}). Both run in the background, so a
 * restart after a crash under load is ready at once instead of replaying its backlog before it serves, and a listener
 * that keeps failing is retried less and less often (1, 2, 4 ... minutes, at most every 6 hours) rather than never
 * again. Listeners are idempotent: a second delivery changes nothing.
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final Instant started = Instant.now();

    EventRedelivery(FailedEventPublications failed, IncompleteEventPublications incomplete) {
        this.failed = failed;
        this.incomplete = incomplete;
    }

    /** What was published before this start and is unfinished, nobody is handling any more: deliver it again. */
    @EventListener(ApplicationReadyEvent.class)
    void redeliverLeftOvers() {
        var redelivery = new Thread(() -> {
            try {
                incomplete.resubmitIncompletePublications(p -> p.getPublicationDate().isBefore(started));
            } catch (RuntimeException e) {
                log.warn("Could not deliver the events left over from the last run again: {}", e.toString());
            }
        }, "event-redelivery");
        redelivery.setDaemon(true);
        redelivery.start();
    }

    @Scheduled(initialDelayString = "${tessera.events.redelivery-ms:60000}",
            fixedDelayString = "${tessera.events.redelivery-ms:60000}")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M")
    void redeliverFailed() {
        Instant now = Instant.now();
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(500).withFilter(p -> isDue(p, now)));
    }

    static boolean isDue(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        int attempts = Math.max(0, Math.min(publication.getCompletionAttempts() - 1, 20));
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts, 9));
        return !last.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause).isAfter(now);
    }
}
