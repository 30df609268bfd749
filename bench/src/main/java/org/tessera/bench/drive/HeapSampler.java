package org.tessera.bench.drive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Watches the Tessera JVM's heap with {@code jstat -gc PID 500}: the most used and most committed while a
 * scenario runs, and the live set (old generation after a full collection) when asked.
 */
final class HeapSampler implements AutoCloseable {

    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private volatile double usedMb;
    private volatile double committedMb;
    private double peakUsedMb;
    private double peakCommittedMb;

    private HeapSampler(long pid) throws IOException {
        this.pid = pid;
        this.jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "500").redirectErrorStream(true).start();
        this.reader = new Thread(this::read, "jstat");
        reader.setDaemon(true);
        reader.start();
    }

    static HeapSampler watch(long pid) {
        try {
            return new HeapSampler(pid);
        } catch (IOException e) {
            System.out.println("No heap figures: jstat did not start (" + e.getMessage() + ")");
            return null;
        }
    }

    synchronized void reset() {
        peakUsedMb = usedMb;
        peakCommittedMb = committedMb;
    }

    synchronized double peakUsedMb() {
        return peakUsedMb;
    }

    synchronized double peakCommittedMb() {
        return peakCommittedMb;
    }

    /** Forces a full collection in Tessera and returns what stays: the heap it really needs. */
    double liveMb() throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Thread.sleep(1_500);
        return usedMb;
    }

    private void read() {
        try (var in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            while ((line = in.readLine()) != null) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    header = cells;
                    continue;
                }
                if (header == null || cells.size() != header.size()) {
                    continue;
                }
                double used = kb(header, cells, "S0U") + kb(header, cells, "S1U") + kb(header, cells, "EU")
                        + kb(header, cells, "OU");
                double committed = kb(header, cells, "S0C") + kb(header, cells, "S1C") + kb(header, cells, "EC")
                        + kb(header, cells, "OC");
                synchronized (this) {
                    usedMb = used / 1024;
                    committedMb = committed / 1024;
                    peakUsedMb = Math.max(peakUsedMb, usedMb);
                    peakCommittedMb = Math.max(peakCommittedMb, committedMb);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // The sampler is a bonus; the run goes on without it.
        }
    }

    private static double kb(List<String> header, List<String> cells, String column) {
        int i = header.indexOf(column);
        return i < 0 ? 0 : Double.parseDouble(cells.get(i).replace(',', '.'));
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
