package org.tessera.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SLA calculator: a week of opening hours in a time zone, minus holidays, and the arithmetic of business time
 * on it. A pure value: no clock, no database. Daylight saving is handled by working in the calendar's zone; a span
 * closing at 00:00 runs to midnight.
 */
public final class BusinessHours {

    private static final int MAX_DAYS = 3_700;

    /** Opening hours of one day; {@code closes} 00:00 means midnight at the end of the day. */
    public record Span(LocalTime opens, LocalTime closes) {
        public Span {
            if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
                throw new IllegalArgumentException("a span must close after it opens: " + opens + "–" + closes);
            }
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Span>> week;
    private final Set<LocalDate> holidays;

    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<Span>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        var copy = new EnumMap<DayOfWeek, List<Span>>(DayOfWeek.class);
        week.forEach((day, spans) -> copy.put(day, spans.stream()
                .sorted((a, b) -> a.opens().compareTo(b.opens())).toList()));
        this.week = copy;
        this.holidays = Set.copyOf(holidays);
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("business hours need at least one open span in the week");
        }
    }

    /** Every day, all day: targets count in plain hours. */
    public static BusinessHours aroundTheClock(ZoneId zone) {
        var week = new EnumMap<DayOfWeek, List<Span>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new Span(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new BusinessHours(zone, week, Set.of());
    }

    /** Monday to Friday, the same hours each day. */
    public static BusinessHours weekdays(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        var week = new EnumMap<DayOfWeek, List<Span>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? List.of(new Span(opens, closes)) : List.of());
        }
        return new BusinessHours(zone, week, holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The moment when {@code businessTime} of open hours has passed after {@code from}. */
    public Instant plus(Instant from, Duration businessTime) {
        if (businessTime.isNegative() || businessTime.isZero()) {
            return from;
        }
        Duration remaining = businessTime;
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Instant[] open : intervals(day)) {
                Instant start = open[0].isAfter(from) ? open[0] : from;
                if (!start.isBefore(open[1])) {
                    continue;
                }
                Duration available = Duration.between(start, open[1]);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no business hours in the next ten years");
    }

    /** Open hours between two moments; zero if {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] open : intervals(day)) {
                Instant start = open[0].isAfter(from) ? open[0] : from;
                Instant end = open[1].isBefore(to) ? open[1] : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    public boolean isOpen(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            for (Instant[] open : intervals(d)) {
                if (!at.isBefore(open[0]) && at.isBefore(open[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The open intervals of one calendar day, as real instants (a DST change makes a day 23 or 25 hours long). */
    private List<Instant[]> intervals(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        var result = new ArrayList<Instant[]>();
        for (Span span : week.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant opens = ZonedDateTime.of(day, span.opens(), zone).toInstant();
            Instant closes = span.closes().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, span.closes(), zone).toInstant();
            result.add(new Instant[] {opens, closes});
        }
        return result;
    }
}
