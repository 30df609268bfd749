package org.tessera.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Configuration that every ticket event reads and administrators change now and then (SLA policies, templates,
 * mailboxes, workflows): kept in memory as one immutable snapshot. A change made on this node is seen as soon as it
 * commits ({@link #changed()}); changes made on another node arrive within {@code freshFor}, when the snapshot is
 * read again. A snapshot loaded while a change commits is never kept, so a stale read cannot outlive the change.
 */
public final class CachedSnapshot<T> {

    private record Entry<T>(T value, long loadedAt) {
    }

    private final Supplier<T> loader;
    private final long freshForNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry<T> entry;

    public CachedSnapshot(Duration freshFor, Supplier<T> loader) {
        this.loader = loader;
        this.freshForNanos = freshFor.toNanos();
    }

    public T get() {
        Entry<T> current = entry;
        long now = System.nanoTime();
        if (current != null && now - current.loadedAt() < freshForNanos) {
            return current.value();
        }
        long before = generation.get();
        T value = loader.get();
        if (generation.get() == before) {
            entry = new Entry<>(value, now);
        }
        return value;
    }

    /** Forget the snapshot once the current transaction commits (at once outside one), so nobody reads it stale. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        entry = null;
    }
}
