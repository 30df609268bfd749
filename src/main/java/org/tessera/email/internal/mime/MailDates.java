package org.tessera.email.internal.mime;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The Date header, read leniently: comments, missing weekdays and one-digit days are fine; nonsense is null. */
final class MailDates {

    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("d MMM yyyy H:m[:s] Z", Locale.ENGLISH);
    private static final DateTimeFormatter NAMED_ZONE = DateTimeFormatter.ofPattern("d MMM yyyy H:m[:s] z",
            Locale.ENGLISH);

    private MailDates() {
    }

    static Instant parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String text = header.replaceAll("\\([^)]*\\)", " ").replaceAll("^\\s*[A-Za-z]{3},?", " ")
                .replaceAll("\\s+", " ").strip();
        text = text.replaceAll(" (GMT|UT|UTC|Z)$", " +0000");
        for (DateTimeFormatter format : new DateTimeFormatter[] {RFC, NAMED_ZONE}) {
            try {
                return ZonedDateTime.parse(text, format).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        try {
            return ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException nonsense) {
            return null;
        }
    }
}
