package org.tessera.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for templates, as {@code ${@fmt.ago(ticket.updatedAt)}}: times in the helpdesk's zone and language. */
@Component("fmt")
public class Formats {

    private final MessageSource messages;
    private final ZoneId zone;

    Formats(MessageSource messages, @Value("${tessera.time-zone:}") String zone) {
        this.messages = messages;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration age = Duration.between(at, Instant.now());
        if (age.toMinutes() < 1) {
            return message("time.justNow");
        }
        if (age.toHours() < 1) {
            return message("time.minutesAgo", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return message("time.hoursAgo", age.toHours());
        }
        if (age.toDays() < 30) {
            return message("time.daysAgo", age.toDays());
        }
        return date(at);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(at.atZone(zone));
    }

    /** An instant as stored in text (a ticket's history keeps due dates so), shown as {@link #dateTime(Instant)}. */
    public String storedDateTime(String stored) {
        try {
            return stored == null ? "" : dateTime(Instant.parse(stored));
        } catch (DateTimeParseException notAnInstant) {
            return stored;
        }
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(at.atZone(zone));
    }

    /** The value of an {@code <input type="datetime-local">}. */
    public String inputValue(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, zone).withSecond(0).withNano(0).toString();
    }

    public Instant fromInput(String value) {
        return value == null || value.isBlank() ? null : LocalDateTime.parse(value).atZone(zone).toInstant();
    }

    /** Time left until a deadline, as lists show it: "2 h 10 min", "3 d 4 h"; overdue with a minus: "−45 min". */
    public String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        Duration size = left.abs();
        String text = size.toDays() > 0 ? size.toDays() + " d " + size.toHoursPart() + " h"
                : size.toHours() > 0 ? size.toHours() + " h " + size.toMinutesPart() + " min"
                : Math.max(size.toMinutes(), left.isNegative() ? 1 : 0) + " min";
        return left.isNegative() ? "−" + text : text;
    }

    /** A Bootstrap text class for a deadline: red when missed, amber within the hour. */
    public String urgency(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        return left.isNegative() ? "text-danger fw-semibold" : left.toMinutes() < 60 ? "text-warning-emphasis fw-semibold"
                : "text-body";
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(LocaleContextHolder.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
