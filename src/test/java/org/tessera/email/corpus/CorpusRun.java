package org.tessera.email.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tessera.email.internal.mime.MimeParser;

/** Parses every message of the corpus and compares it with its expected result; also runnable on its own. */
final class CorpusRun {

    static final String[] FIELDS = {"from", "from_email", "from_display_name", "to", "cc", "reply-to", "subject",
            "body", "content_type", "attachment data", "attachment type", "attachment filename"};

    private CorpusRun() {
    }

    static List<CorpusComparison.Outcome> run(Path directory) {
        var outcomes = new ArrayList<CorpusComparison.Outcome>();
        var parser = new MimeParser();
        for (Path box : boxes(directory)) {
            String name = box.getFileName().toString();
            Path yml = box.resolveSibling(name.substring(0, name.length() - 4) + ".yml");
            try {
                outcomes.addAll(CorpusComparison.compare(ZammadFixture.load(yml), parser.parse(Files.readAllBytes(box))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outcomes;
    }

    static List<Path> boxes(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".box")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pass rate per field and overall; a reviewed deviation counts as a deviation, not as a pass. */
    static String report(List<CorpusComparison.Outcome> outcomes, Map<String, String> deviations) {
        var perField = new LinkedHashMap<String, int[]>();
        for (String field : FIELDS) {
            perField.put(field, new int[3]);
        }
        for (var o : outcomes) {
            int[] counts = perField.get(o.field());
            counts[0]++;
            if (o.passed()) {
                counts[1]++;
            } else if (deviations.containsKey(o.key())) {
                counts[2]++;
            }
        }
        var out = new StringBuilder("\nEmail corpus (Zammad fixtures): " + outcomes.stream().map(o -> o.file())
                .distinct().count() + " messages\n");
        out.append(String.format("%-22s %8s %8s %9s %8s%n", "field", "checked", "passed", "reviewed", "rate"));
        int checked = 0;
        int passed = 0;
        int reviewed = 0;
        for (var entry : perField.entrySet()) {
            int[] c = entry.getValue();
            checked += c[0];
            passed += c[1];
            reviewed += c[2];
            out.append(String.format("%-22s %8d %8d %9d %7.1f%%%n", entry.getKey(), c[0], c[1], c[2],
                    c[0] == 0 ? 100.0 : 100.0 * c[1] / c[0]));
        }
        out.append(String.format("%-22s %8d %8d %9d %7.1f%%%n", "overall", checked, passed, reviewed,
                100.0 * passed / checked));
        out.append(String.format("(with the %d reviewed deviations, where we judge the reference wrong: %.1f%%)%n",
                reviewed, 100.0 * (passed + reviewed) / checked));
        return out.toString();
    }

    private static String difference(String expected, String actual) {
        if (expected == null || actual == null) {
            return "";
        }
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        return "\n   first difference at " + i + ": expected «" + CorpusComparison.preview(expected.substring(Math.max(0, i - 20),
                Math.min(expected.length(), i + 40))) + "» actual «" + CorpusComparison.preview(actual.substring(
                Math.max(0, i - 20), Math.min(actual.length(), i + 40))) + "»";
    }

    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "../shared/corpus/email/zammad");
        var outcomes = run(directory);
        for (var o : outcomes) {
            if (!o.passed() && !ReviewedDeviations.ALL.containsKey(o.key())) {
                System.out.println("FAIL " + o.key() + "\n   expected: " + CorpusComparison.preview(o.expected())
                        + "\n   actual:   " + CorpusComparison.preview(o.actual()) + difference(o.expected(), o.actual()));
            }
        }
        System.out.println(report(outcomes, ReviewedDeviations.ALL));
    }
}
