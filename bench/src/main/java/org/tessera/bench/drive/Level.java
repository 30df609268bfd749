package org.tessera.bench.drive;

import java.util.ArrayList;
import java.util.List;

/** One scenario at one concurrency: a thread per virtual user, a warm-up that is not counted, a measured period. */
final class Level {

    private Level() {
    }

    static Measurement run(Scenario scenario, List<VirtualUser> users, long warmupNanos, long durationNanos)
            throws InterruptedException {
        var measurement = new Measurement();
        long start = System.nanoTime();
        long measuredFrom = start + warmupNanos;
        long end = measuredFrom + durationNanos;
        var threads = new ArrayList<Thread>();
        for (VirtualUser user : users) {
            Thread thread = new Thread(() -> {
                var recorder = new Measurement.Recorder();
                while (System.nanoTime() < end) {
                    long began = System.nanoTime();
                    try {
                        scenario.once(user);
                        if (began >= measuredFrom) {
                            recorder.success(System.nanoTime() - began);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        if (began >= measuredFrom) {
                            recorder.error(e);
                        }
                        pauseAfterError();
                    }
                }
                measurement.merge(recorder);
            }, scenario.name() + "-" + user.index);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return measurement;
    }

    /** A refused connection fails in microseconds; without a pause the error count would measure only that. */
    private static void pauseAfterError() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
