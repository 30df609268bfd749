package org.tessera.automation;

import java.time.Duration;
import java.util.function.Supplier;

/** Rules and clocks react after the commit, asynchronously: tests wait for what must happen, within a limit. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 20 s for " + what + "; last seen: " + value);
            }
            sleep(100);
            value = probe.get();
        }
        return value;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
