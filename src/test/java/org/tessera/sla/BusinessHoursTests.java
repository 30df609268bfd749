package org.tessera.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SLA calculator: business time on a week of opening hours, in a time zone, minus holidays. */
class BusinessHoursTests {

    private static final Set<LocalDate> CHRISTMAS = Set.of(LocalDate.parse("2026-12-25"));
    /** Monday to Friday, 9 to 17, in UTC, closed on Christmas Day (a Friday in 2026). */
    private final BusinessHours officeHours = BusinessHours.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0),
            LocalTime.of(17, 0), CHRISTMAS);

    @ParameterizedTest
    @CsvSource({"2026-03-06T16:00, PT2H,   2026-03-09T10:00",   // Friday late -> Monday
                "2026-03-09T08:00, PT1H,   2026-03-09T10:00",   // before opening
                "2026-03-09T10:00, PT3H,   2026-03-09T13:00",   // within the day
                "2026-03-09T16:00, PT1H,   2026-03-09T17:00",   // ends exactly at closing
                "2026-03-09T17:30, PT30M,  2026-03-10T09:30",   // after closing
                "2026-03-07T12:00, PT1H,   2026-03-09T10:00",   // on a Saturday
                "2026-03-09T09:00, PT16H,  2026-03-10T17:00",   // two whole days
                "2026-03-09T09:00, PT40H,  2026-03-13T17:00",   // a whole week
                "2026-12-24T16:00, PT2H,   2026-12-28T10:00",   // Christmas Day, then the weekend
                "2026-03-09T11:00, PT0S,   2026-03-09T11:00"})  // no time at all
    void dueMomentsSkipClosedHoursWeekendsAndHolidays(LocalDateTime from, Duration target, LocalDateTime due) {
        assertThat(officeHours.plus(utc(from), target)).isEqualTo(utc(due));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-06T16:00, 2026-03-09T10:00, PT2H",
                "2026-03-07T00:00, 2026-03-08T23:00, PT0S",     // a weekend counts nothing
                "2026-03-09T12:00, 2026-03-09T12:00, PT0S",
                "2026-03-09T13:00, 2026-03-09T12:00, PT0S",     // backwards is nothing
                "2026-12-24T09:00, 2026-12-28T09:00, PT8H",     // Christmas Eve only
                "2026-03-09T08:00, 2026-03-10T20:00, PT16H"})
    void businessTimeBetweenTwoMoments(LocalDateTime from, LocalDateTime to, Duration open) {
        assertThat(officeHours.between(utc(from), utc(to))).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-09T09:00, true", "2026-03-09T16:59, true", "2026-03-09T17:00, false",
                "2026-03-09T08:59, false", "2026-03-07T12:00, false", "2026-12-25T12:00, false"})
    void openOnlyDuringOpeningHours(LocalDateTime at, boolean open) {
        assertThat(officeHours.isOpen(utc(at))).isEqualTo(open);
    }

    /** The same office hours in São Paulo (UTC-3) and Lisbon (UTC+0 in March): one instant, different answers. */
    @ParameterizedTest
    @CsvSource({"America/Sao_Paulo, 2026-03-09T11:00:00Z, PT1H, 2026-03-09T13:00:00Z",  // 08:00 there: waits for 09:00
                "Europe/Lisbon,     2026-03-09T11:00:00Z, PT1H, 2026-03-09T12:00:00Z",
                "Asia/Tokyo,        2026-03-09T09:00:00Z, PT2H, 2026-03-10T02:00:00Z",  // 18:00 there: next morning
                "Europe/Berlin,     2026-03-27T15:00:00Z, PT2H, 2026-03-30T08:00:00Z"}) // Friday CET -> Monday CEST
    void countsInTheCalendarsOwnTimeZone(String zone, Instant from, Duration target, Instant due) {
        var hours = BusinessHours.weekdays(ZoneId.of(zone), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());

        assertThat(hours.plus(from, target)).isEqualTo(due);
    }

    @Test
    void aroundTheClockADaylightSavingDayHasTwentyThreeHours() {
        var berlin = BusinessHours.aroundTheClock(ZoneId.of("Europe/Berlin"));

        assertThat(berlin.between(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(berlin.plus(Instant.parse("2026-03-28T23:00:00Z"), Duration.ofHours(24)))
                .isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    }

    @Test
    void aLunchBreakDoesNotCount() {
        var week = new EnumMap<DayOfWeek, List<BusinessHours.Span>>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, List.of(new BusinessHours.Span(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new BusinessHours.Span(LocalTime.of(13, 0), LocalTime.of(17, 0))));
        var hours = new BusinessHours(ZoneOffset.UTC, week, Set.of());

        assertThat(hours.plus(utc(LocalDateTime.parse("2026-03-09T11:00")), Duration.ofHours(2)))
                .isEqualTo(utc(LocalDateTime.parse("2026-03-09T14:00")));
    }

    @Test
    void aSpanClosingAtMidnightRunsToTheEndOfTheDay() {
        var late = new BusinessHours(ZoneOffset.UTC, Map.of(DayOfWeek.MONDAY,
                List.of(new BusinessHours.Span(LocalTime.of(20, 0), LocalTime.MIDNIGHT))), Set.of());

        assertThat(late.plus(utc(LocalDateTime.parse("2026-03-09T21:00")), Duration.ofHours(3)))
                .isEqualTo(utc(LocalDateTime.parse("2026-03-10T00:00")));
    }

    @Test
    void aWeekWithoutOpeningHoursIsRefused() {
        assertThatThrownBy(() -> new BusinessHours(ZoneOffset.UTC, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant utc(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
