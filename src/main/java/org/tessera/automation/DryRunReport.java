package org.tessera.automation;

import java.util.List;

/**
 * What a rule would have done to the most recently updated tickets: for each, whether it matches (and if not, which
 * conditions fail or why it was not looked at), the fields it would change from what to what, and what it would send.
 */
public record DryRunReport(int examined, List<Row> rows) {

    public record Row(long ticketId, long number, String subject, String statusName, String category,
                      boolean matched, String skipped, java.time.Instant waitsUntil, List<Integer> failingConditions,
                      List<Change> changes, List<String> sends, List<String> problems) {
    }

    /** A field the rule would change; {@code field} as the history names it ("status", "custom.region"). */
    public record Change(String field, String before, String after) {
    }

    public long matched() {
        return rows.stream().filter(Row::matched).count();
    }

    public List<Row> matching() {
        return rows.stream().filter(Row::matched).toList();
    }

    public List<Row> notMatching() {
        return rows.stream().filter(r -> !r.matched()).toList();
    }
}
