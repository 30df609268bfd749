package org.tessera.bench.drive;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** One scenario at one concurrency: latencies of the operations that succeeded (in microseconds) and the errors. */
final class Measurement {

    private final Histogram latencies = new Histogram(120_000_000L, 3);
    private long errors;
    private final List<String> firstErrors = new ArrayList<>();

    /** A thread's own recording, merged at the end: histograms are not thread-safe, and merging is cheap. */
    static final class Recorder {
        final Histogram latencies = new Histogram(120_000_000L, 3);
        long errors;
        final List<String> firstErrors = new ArrayList<>();

        void success(long nanos) {
            latencies.recordValue(Math.min(120_000_000L, Math.max(1, nanos / 1_000)));
        }

        void error(Throwable e) {
            errors++;
            if (firstErrors.size() < 3) {
                firstErrors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    synchronized void merge(Recorder recorder) {
        latencies.add(recorder.latencies);
        errors += recorder.errors;
        for (String error : recorder.firstErrors) {
            if (firstErrors.size() < 5) {
                firstErrors.add(error);
            }
        }
    }

    long count() {
        return latencies.getTotalCount();
    }

    long errors() {
        return errors;
    }

    List<String> firstErrors() {
        return firstErrors;
    }

    double percentileMs(double percentile) {
        return count() == 0 ? 0 : latencies.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMs() {
        return count() == 0 ? 0 : latencies.getMaxValue() / 1_000.0;
    }
}
