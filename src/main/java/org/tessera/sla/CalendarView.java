package org.tessera.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A business-hours calendar as administrators edit it. */
public record CalendarView(long id, String name, String timeZone, Map<DayOfWeek, List<BusinessHours.Span>> week,
                           List<Holiday> holidays) {

    public record Holiday(LocalDate day, String name) {
    }

    public BusinessHours hours() {
        Set<LocalDate> days = holidays.stream().map(Holiday::day).collect(Collectors.toSet());
        return new BusinessHours(ZoneId.of(timeZone), week, days);
    }

    public List<BusinessHours.Span> spansOf(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }
}
