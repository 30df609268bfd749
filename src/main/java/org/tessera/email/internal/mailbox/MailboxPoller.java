package org.tessera.email.internal.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.ConnectionProblems;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.Mailboxes;

/**
 * Fetches every active IMAP and POP3 mailbox when its interval has passed, or at once when IDLE reports new mail.
 * Each mailbox is fetched on one node at a time, under a lock of its own, and on a worker of its own here, so a slow
 * server never delays the others. Errors are recorded on the mailbox for its administrator; the next round tries
 * again.
 */
@Component
public class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final Mailboxes mailboxes;
    private final MailboxFetch fetch;
    private final LockingTaskExecutor locks;
    private final Duration lockTime;
    private final Clock clock;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Set<Long> woken = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService workers;

    MailboxPoller(Mailboxes mailboxes, MailboxFetch fetch, LockProvider lockProvider,
                  @Value("${tessera.mail.mailbox-lock-seconds:300}") long lockSeconds, Optional<Clock> clock) {
        this.mailboxes = mailboxes;
        this.fetch = fetch;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.lockTime = Duration.ofSeconds(Math.max(5, lockSeconds));
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** New mail reported (by IDLE): fetch this mailbox at the next round, whatever its interval. */
    public void wake(long mailboxId) {
        woken.add(mailboxId);
    }

    @Scheduled(initialDelayString = "${tessera.mail.poll-delay-ms:5000}",
            fixedDelayString = "${tessera.mail.poll-delay-ms:5000}")
    public void pollDue() {
        ExecutorService pool = workers;
        if (pool == null) {
            return;
        }
        Instant now = clock.instant();
        for (Mailbox mailbox : mailboxes.all()) {
            boolean due = mailbox.polled() && (woken.remove(mailbox.id()) || mailbox.lastCheckedAt() == null
                    || !mailbox.lastCheckedAt().plusSeconds(mailbox.pollSeconds()).isAfter(now));
            if (due && running.add(mailbox.id())) {
                pool.submit(() -> {
                    try {
                        poll(mailbox);
                    } finally {
                        running.remove(mailbox.id());
                    }
                });
            }
        }
    }

    /** Fetches one mailbox now, if no other node is at it; for the poller and for tests. */
    public void poll(Mailbox mailbox) {
        var lock = new LockConfiguration(clock.instant(), "email-mailbox-" + mailbox.id(), lockTime, Duration.ZERO);
        locks.executeWithLock((Runnable) () -> {
            String error = null;
            try {
                int taken = fetch.fetch(mailbox, lockTime.dividedBy(2));
                if (taken > 0) {
                    log.info("Took {} email(s) from mailbox {}", taken, mailbox.name());
                }
            } catch (Exception failed) {
                error = ConnectionProblems.describe(failed);
                log.warn("Mailbox {} could not be fetched: {}", mailbox.name(), error);
            }
            mailboxes.checked(mailbox.id(), clock.instant(), error);
        }, lock);
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "mailbox-fetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void stop() {
        ExecutorService pool = workers;
        workers = null;
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return workers != null;
    }
}
