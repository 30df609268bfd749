package org.tessera.email.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every message of the shared email corpus (real mail collected by another helpdesk, with the results its parser
 * produced) parses to the same sender, recipients, subject, body and attachments, field by field, except for the
 * reviewed deviations where we judge the reference wrong. The pass rate per field is printed (in the test's output
 * file and in target/email-corpus-report.txt).
 */
class ParsingTheEmailCorpusTests {

    private static final Path CORPUS = Path.of(System.getenv().getOrDefault("TESSERA_EMAIL_CORPUS",
            "../shared/corpus/email/zammad"));

    @Test
    void everyFieldOfEveryMessageReadsAsTheReferenceOrAsAReviewedDeviation(TestReporter reporter) throws IOException {
        assertThat(CORPUS).as("the email corpus (set TESSERA_EMAIL_CORPUS to its zammad folder)").isDirectory();

        List<CorpusComparison.Outcome> outcomes = CorpusRun.run(CORPUS);

        String report = CorpusRun.report(outcomes, ReviewedDeviations.ALL);
        System.out.println(report);
        reporter.publishEntry("email corpus", report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "email-corpus-report.txt"), report);
        var unexpected = outcomes.stream()
                .filter(o -> !o.passed() && !ReviewedDeviations.ALL.containsKey(o.key()))
                .map(o -> o.key() + "\n    expected: " + CorpusComparison.preview(o.expected())
                        + "\n    actual:   " + CorpusComparison.preview(o.actual()))
                .toList();
        assertThat(unexpected).as("fields that differ from the reference without a reviewed reason").isEmpty();
        Set<String> stillDeviating = outcomes.stream().filter(o -> !o.passed()).map(CorpusComparison.Outcome::key)
                .collect(Collectors.toSet());
        assertThat(stillDeviating).as("reviewed deviations that no longer occur (remove them from the list)")
                .containsAll(ReviewedDeviations.ALL.keySet());
        assertThat(CorpusRun.boxes(CORPUS)).hasSizeGreaterThanOrEqualTo(70);
    }
}
