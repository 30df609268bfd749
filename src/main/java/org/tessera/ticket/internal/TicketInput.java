package org.tessera.ticket.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Priority;

/** The plain-value rules of ticket fields: lengths, priority range, what a tag may look like. */
public final class TicketInput {

    public static final int MAX_SUBJECT = 250;
    public static final int MAX_DESCRIPTION = 200_000;
    private static final int MAX_TAG = 50;
    private static final int MAX_TAGS = 30;

    private TicketInput() {
    }

    public static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput("subject", "must not be empty");
        }
        String clean = subject.strip().replaceAll("\\s+", " ");
        if (clean.length() > MAX_SUBJECT) {
            throw new InvalidInput("subject", "must have at most " + MAX_SUBJECT + " characters");
        }
        return clean;
    }

    public static String description(String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.length() > MAX_DESCRIPTION) {
            throw new InvalidInput("description", "must have at most " + MAX_DESCRIPTION + " characters");
        }
        return clean;
    }

    public static int priority(Integer priority) {
        if (priority == null) {
            return Priority.NORMAL;
        }
        if (!Priority.isValid(priority)) {
            throw new InvalidInput("priority", "must be between 1 (critical) and 5 (lowest)");
        }
        return priority;
    }

    /** Tags are lowercase words; spaces inside a tag become dashes, duplicates disappear. */
    public static List<String> tags(List<String> tags) {
        var clean = new ArrayList<String>();
        if (tags == null) {
            return clean;
        }
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String t = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (t.isEmpty() || clean.contains(t)) {
                continue;
            }
            if (t.length() > MAX_TAG || !t.matches("[\\p{L}\\p{N}_.:/#+-]+")) {
                throw new InvalidInput("tags", "'" + tag + "' is not a tag: letters, digits and - _ . : / # + only, at most "
                        + MAX_TAG + " characters");
            }
            clean.add(t);
        }
        if (clean.size() > MAX_TAGS) {
            throw new InvalidInput("tags", "at most " + MAX_TAGS + " tags");
        }
        return clean;
    }
}
