package org.tessera.sla.internal;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.CalendarView;

/** Calendars, their weekly hours and holidays, in tables sla_calendar, sla_calendar_hours, sla_holiday. */
@Component
public class CalendarStore {

    private final JdbcClient jdbc;
    // Every clock that moves needs its calendar's hours: read the calendars once, not per event.
    private final CachedSnapshot<List<CalendarView>> snapshot = new CachedSnapshot<>(Duration.ofSeconds(20), this::load);

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarView> all() {
        return snapshot.get();
    }

    private List<CalendarView> load() {
        record Row(long id, String name, String zone) {
        }
        var rows = jdbc.sql("select id, name, time_zone from sla_calendar order by lower(name), id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<Long, Map<DayOfWeek, List<BusinessHours.Span>>> weeks = new HashMap<>();
        jdbc.sql("select calendar_id, day_of_week, opens, closes from sla_calendar_hours order by opens")
                .query((rs, n) -> {
                    weeks.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(DayOfWeek.class))
                            .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), d -> new ArrayList<>())
                            .add(new BusinessHours.Span(time(rs.getTime(3)), time(rs.getTime(4))));
                    return null;
                }).list();
        Map<Long, List<CalendarView.Holiday>> holidays = new HashMap<>();
        jdbc.sql("select calendar_id, day, name from sla_holiday order by day").query((rs, n) -> {
            holidays.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new CalendarView.Holiday(rs.getDate(2).toLocalDate(), rs.getString(3)));
            return null;
        }).list();
        return rows.stream().map(r -> new CalendarView(r.id(), r.name(), r.zone(),
                weeks.getOrDefault(r.id(), Map.of()), holidays.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<CalendarView> find(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    public long save(Long id, String name, String zone, Map<DayOfWeek, List<BusinessHours.Span>> week,
                     List<CalendarView.Holiday> holidays) {
        long calendarId;
        if (id == null) {
            calendarId = jdbc.sql("insert into sla_calendar (name, time_zone) values (?, ?) returning id")
                    .params(name, zone).query(Long.class).single();
        } else {
            calendarId = id;
            jdbc.sql("update sla_calendar set name = ?, time_zone = ? where id = ?").params(name, zone, id).update();
            jdbc.sql("delete from sla_calendar_hours where calendar_id = ?").param(id).update();
            jdbc.sql("delete from sla_holiday where calendar_id = ?").param(id).update();
        }
        week.forEach((day, spans) -> spans.forEach(span -> jdbc.sql(
                "insert into sla_calendar_hours (calendar_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
                .params(calendarId, day.getValue(), Time.valueOf(span.opens()), Time.valueOf(span.closes()))
                .update()));
        holidays.forEach(h -> jdbc.sql("insert into sla_holiday (calendar_id, day, name) values (?, ?, ?)")
                .params(calendarId, java.sql.Date.valueOf(h.day()), h.name()).update());
        snapshot.changed();
        return calendarId;
    }

    public boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from sla_calendar where lower(name) = lower(?) and id <> ?")
                .params(name, exceptId == null ? -1 : exceptId).query(Long.class).single() > 0;
    }

    public long policiesUsing(long calendarId) {
        return jdbc.sql("select count(*) from sla_policy where calendar_id = ?").param(calendarId)
                .query(Long.class).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from sla_calendar where id = ?").param(id).update();
        snapshot.changed();
    }

    private static LocalTime time(Time time) {
        return time.toLocalTime();
    }
}
