package org.tessera.bench.drive;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results: a table on standard output as they come, then the JSON file shaped as issue 6 says
 * ({@code {"commit","tickets","postgres","results":[...]}}) and, beside it, a .txt with the same table and what the
 * JSON has no room for (heap, start-up, machine load, skipped scenarios, first errors).
 */
final class Report {

    record Row(String scenario, int concurrency, double throughputPerSec, double p50Ms, double p95Ms, double p99Ms,
               double maxMs, long errors, String load) {
    }

    private static final String HEADER = String.format("%-16s %5s %10s %9s %9s %9s %9s %7s  %s", "scenario", "conc",
            "ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "load avg");

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean headerPrinted;

    void add(Row row) {
        if (!headerPrinted) {
            System.out.println(HEADER);
            headerPrinted = true;
        }
        rows.add(row);
        System.out.println(line(row));
    }

    void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    void write(Path json, String commit, long tickets, String postgres) throws IOException {
        var results = new ArrayList<Map<String, Object>>();
        for (Row r : rows) {
            var result = new LinkedHashMap<String, Object>();
            result.put("scenario", r.scenario());
            result.put("concurrency", r.concurrency());
            result.put("throughputPerSec", round(r.throughputPerSec(), 1));
            result.put("p50Ms", round(r.p50Ms(), 2));
            result.put("p95Ms", round(r.p95Ms(), 2));
            result.put("p99Ms", round(r.p99Ms(), 2));
            result.put("maxMs", round(r.maxMs(), 2));
            result.put("errors", r.errors());
            results.add(result);
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("commit", commit);
        document.put("tickets", tickets);
        document.put("postgres", postgres);
        document.put("results", results);
        Files.createDirectories(json.toAbsolutePath().getParent());
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);

        var text = new StringBuilder();
        text.append("commit ").append(commit).append(", ").append(tickets).append(" tickets, PostgreSQL ")
                .append(postgres).append('\n').append(HEADER).append('\n');
        rows.forEach(r -> text.append(line(r)).append('\n'));
        notes.forEach(n -> text.append(n).append('\n'));
        String name = json.getFileName().toString().replaceFirst("\\.json$", "") + ".txt";
        Files.writeString(json.resolveSibling(name), text);
        System.out.println("\n" + HEADER);
        rows.forEach(r -> System.out.println(line(r)));
        System.out.println("\nWrote " + json + " and " + json.resolveSibling(name));
    }

    private static String line(Row r) {
        return String.format("%-16s %5d %10.1f %9.2f %9.2f %9.2f %9.2f %7d  %s", r.scenario(), r.concurrency(),
                r.throughputPerSec(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs(), r.errors(), r.load());
    }

    private static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
