package org.tessera.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.sla.internal.CalendarStore;
import org.tessera.sla.internal.PolicyStore;
import org.tessera.sla.internal.SlaClock;

/** Business-hours calendars: weekly opening hours in a time zone, and holidays. */
@Service
@Transactional
public class BusinessCalendars {

    private final CalendarStore calendars;
    private final PolicyStore policies;
    private final SlaClock clocks;

    BusinessCalendars(CalendarStore calendars, PolicyStore policies, SlaClock clocks) {
        this.calendars = calendars;
        this.policies = policies;
        this.clocks = clocks;
    }

    @Transactional(readOnly = true)
    public List<CalendarView> all() {
        return calendars.all();
    }

    @Transactional(readOnly = true)
    public CalendarView get(long id) {
        return calendars.find(id).orElseThrow(() -> new NotFound("Calendar " + id));
    }

    /** Whether the calendar's hours are open at that moment; a calendar that no longer exists is never open. */
    @Transactional(readOnly = true)
    public boolean isOpen(long calendarId, Instant at) {
        return calendars.find(calendarId).map(c -> c.hours().isOpen(at)).orElse(false);
    }

    public CalendarView save(Long id, String name, String timeZone, Map<DayOfWeek, List<BusinessHours.Span>> week,
                             List<CalendarView.Holiday> holidays, Actor actor) {
        requireAdmin(actor);
        if (id != null) {
            get(id);
        }
        var violations = new ArrayList<Violation>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            violations.add(new Violation("name", "must not be empty"));
        } else if (calendars.nameTaken(cleanName, id)) {
            throw new Conflict("name", "A calendar named " + cleanName + " already exists");
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException wrong) {
            violations.add(new Violation("timeZone", "'" + timeZone + "' is not a time zone, such as Europe/Lisbon"));
        }
        if (week.values().stream().allMatch(List::isEmpty)) {
            violations.add(new Violation("hours", "open at least one day"));
        }
        week.forEach((day, spans) -> {
            for (int i = 1; i < spans.size(); i++) {
                var previous = spans.get(i - 1);
                if (previous.closes().equals(java.time.LocalTime.MIDNIGHT)
                        || spans.get(i).opens().isBefore(previous.closes())) {
                    violations.add(new Violation("hours." + day, "opening hours of one day must not overlap"));
                }
            }
        });
        if (holidays.stream().map(CalendarView.Holiday::day).distinct().count() != holidays.size()) {
            violations.add(new Violation("holidays", "a day is listed twice"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        long saved = calendars.save(id, cleanName, timeZone.strip(), week, holidays);
        policies.all().stream().filter(p -> Long.valueOf(saved).equals(p.calendarId()))
                .forEach(p -> clocks.retargetPolicy(p.id()));
        return get(saved);
    }

    public void delete(long id, Actor actor) {
        requireAdmin(actor);
        CalendarView calendar = get(id);
        long using = calendars.policiesUsing(id);
        if (using > 0) {
            throw new Conflict("calendar", using + " SLA policies count in " + calendar.name()
                    + "; give them another calendar first");
        }
        calendars.delete(id);
    }

    public Optional<CalendarView> find(long id) {
        return calendars.find(id);
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators configure SLA");
        }
    }
}
