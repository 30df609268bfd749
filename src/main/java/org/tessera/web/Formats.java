package org.tessera.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
