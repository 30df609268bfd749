package org.tessera.sla.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.sla.BusinessCalendars;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.CalendarView;
import org.tessera.sla.PolicyView;
import org.tessera.sla.SlaMetric;
import org.tessera.sla.SlaPolicies;
import org.tessera.ticket.Workflows;

/** The administrator's SLA pages: policies in order, and business-hours calendars. */
@Controller
@RequestMapping("/admin/sla")
class SlaAdminController {

    private final SlaPolicies policies;
    private final BusinessCalendars calendars;
    private final Workflows workflows;
    private final Directory directory;

    SlaAdminController(SlaPolicies policies, BusinessCalendars calendars, Workflows workflows, Directory directory) {
        this.policies = policies;
        this.calendars = calendars;
        this.workflows = workflows;
        this.directory = directory;
    }

    @GetMapping
    String index(Model model) {
        List<PolicyView> inOrder = policies.all();
        model.addAttribute("policies", inOrder);
        var shadowedBy = new java.util.HashMap<Long, String>();
        inOrder.stream().filter(PolicyView::active).forEach(p -> p.shadowedIn(inOrder)
                .ifPresent(earlier -> shadowedBy.put(p.id(), earlier.name())));
        model.addAttribute("shadowedBy", shadowedBy);
        var typeNames = new java.util.HashMap<String, String>();
        workflows.catalog().types().forEach(t -> typeNames.put(t.key(), t.name()));
        var coveredTypes = new java.util.HashMap<Long, String>();
        inOrder.forEach(p -> coveredTypes.put(p.id(), String.join(", ",
                p.typeKeys().stream().map(key -> typeNames.getOrDefault(key, key)).toList())));
        model.addAttribute("coveredTypes", coveredTypes);
        List<CalendarView> all = calendars.all();
        model.addAttribute("calendars", all);
        var names = new java.util.HashMap<Long, String>();
        all.forEach(c -> names.put(c.id(), c.name()));
        model.addAttribute("calendarNames", names);
        model.addAttribute("durations", new DurationText());
        return "sla/index";
    }

    @GetMapping("/policies/new")
    String newPolicy(Model model) {
        var targets = new TreeMap<Integer, PolicyView.Targets>();
        return policyForm(new PolicyView(0, "", 0, true, null, List.of(), List.of(), 60, targets), Map.of(), model);
    }

    @GetMapping("/policies/{id}")
    String editPolicy(@PathVariable long id, Model model) {
        return policyForm(policies.get(id), Map.of(), model);
    }

    @PostMapping({"/policies", "/policies/{id}"})
    String savePolicy(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
                      Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        var errors = new LinkedHashMap<String, String>();
        // What was typed into a target that is not a duration, shown again so it can be corrected.
        var typed = new LinkedHashMap<String, String>();
        var targets = new TreeMap<Integer, PolicyView.Targets>();
        for (int p = 1; p <= 5; p++) {
            Integer[] minutes = new Integer[3];
            for (SlaMetric metric : SlaMetric.values()) {
                String input = params.getFirst("t" + p + "." + metric);
                try {
                    minutes[metric.ordinal()] = Durations.minutes(input);
                } catch (IllegalArgumentException wrong) {
                    errors.put("targets." + p + "." + metric, wrong.getMessage());
                    typed.put("targets." + p + "." + metric, input);
                }
            }
            targets.put(p, new PolicyView.Targets(minutes[0], minutes[1], minutes[2]));
        }
        String calendar = params.getFirst("calendarId");
        var draft = new PolicyView(id == null ? 0 : id, text(params, "name"), 0, "true".equals(params.getFirst("active")),
                calendar == null || calendar.isBlank() ? null : Long.valueOf(calendar),
                params.getOrDefault("typeKeys", List.of()),
                params.getOrDefault("organizationIds", List.of()).stream().map(Long::valueOf).toList(),
                warn(params.getFirst("warnBefore"), errors), targets);
        if (errors.isEmpty()) {
            try {
                PolicyView saved = policies.save(id, draft, actor);
                flash.addFlashAttribute("notice", "sla.saved");
                flash.addFlashAttribute("noticeArg", saved.name());
                return "redirect:/admin/sla";
            } catch (InvalidInput | Conflict refused) {
                errors.putAll(errors(refused));
            }
        }
        response.setStatus(400);
        model.addAttribute("typed", typed);
        return policyForm(draft, errors, model);
    }

    @PostMapping("/policies/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, Actor actor) {
        policies.move(id, direction, actor);
        return "redirect:/admin/sla";
    }

    @PostMapping("/policies/{id}/delete")
    String deletePolicy(@PathVariable long id, Actor actor) {
        policies.delete(id, actor);
        return "redirect:/admin/sla";
    }

    @GetMapping("/calendars/new")
    String newCalendar(Model model) {
        var week = new EnumMap<DayOfWeek, List<BusinessHours.Span>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? List.of(new BusinessHours.Span(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                    : List.of());
        }
        return calendarForm(new CalendarView(0, "", ZoneId.systemDefault().getId(), week, List.of()), "", Map.of(),
                model);
    }

    @GetMapping("/calendars/{id}")
    String editCalendar(@PathVariable long id, Model model) {
        CalendarView calendar = calendars.get(id);
        return calendarForm(calendar, holidaysText(calendar.holidays()), Map.of(), model);
    }

    @PostMapping({"/calendars", "/calendars/{id}"})
    String saveCalendar(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
                        Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        var errors = new LinkedHashMap<String, String>();
        var week = new EnumMap<DayOfWeek, List<BusinessHours.Span>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            var spans = new ArrayList<BusinessHours.Span>();
            for (String part : List.of("", "2")) {
                String opens = params.getFirst("opens" + part + "." + day);
                String closes = params.getFirst("closes" + part + "." + day);
                boolean open = "true".equals(params.getFirst("open." + day));
                if (open && opens != null && !opens.isBlank() && closes != null && !closes.isBlank()) {
                    try {
                        spans.add(new BusinessHours.Span(LocalTime.parse(opens), LocalTime.parse(closes)));
                    } catch (DateTimeParseException | IllegalArgumentException wrong) {
                        errors.put("hours." + day, wrong.getMessage());
                    }
                }
            }
            week.put(day, spans);
        }
        String holidaysText = text(params, "holidays");
        var holidays = new ArrayList<CalendarView.Holiday>();
        for (String line : holidaysText.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            try {
                holidays.add(new CalendarView.Holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : ""));
            } catch (DateTimeParseException wrong) {
                errors.put("holidays", "'" + line.strip() + "' does not start with a date such as 2026-12-25");
            }
        }
        var draft = new CalendarView(id == null ? 0 : id, text(params, "name"), text(params, "timeZone"), week, holidays);
        if (errors.isEmpty()) {
            try {
                CalendarView saved = calendars.save(id, draft.name(), draft.timeZone(), week, holidays, actor);
                flash.addFlashAttribute("notice", "sla.calendar.saved");
                flash.addFlashAttribute("noticeArg", saved.name());
                return "redirect:/admin/sla";
            } catch (InvalidInput | Conflict refused) {
                errors.putAll(errors(refused));
            }
        }
        response.setStatus(400);
        return calendarForm(draft, holidaysText, errors, model);
    }

    @PostMapping("/calendars/{id}/delete")
    String deleteCalendar(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        try {
            calendars.delete(id, actor);
        } catch (Conflict inUse) {
            flash.addFlashAttribute("problem", inUse.getMessage());
        }
        return "redirect:/admin/sla";
    }

    private String policyForm(PolicyView policy, Map<String, String> errors, Model model) {
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("policy", policy);
        model.addAttribute("errors", errors);
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("types", workflows.catalog().activeTypes());
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("durations", new DurationText());
        return "sla/policy";
    }

    private String calendarForm(CalendarView calendar, String holidays, Map<String, String> errors, Model model) {
        model.addAttribute("calendar", calendar);
        model.addAttribute("holidays", holidays);
        model.addAttribute("errors", errors);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "sla/calendar";
    }

    /** For templates: durations and day names. */
    static class DurationText {
        public String of(Integer minutes) {
            return Durations.text(minutes);
        }

        public String target(PolicyView policy, int priority, SlaMetric metric) {
            return Durations.text(policy.targets().containsKey(priority)
                    ? policy.targets().get(priority).minutesFor(metric) : null);
        }
    }

    private static int warn(String value, Map<String, String> errors) {
        try {
            Integer minutes = Durations.minutes(value);
            return minutes == null ? 0 : minutes;
        } catch (IllegalArgumentException wrong) {
            errors.put("warnBeforeMinutes", wrong.getMessage());
            return 0;
        }
    }

    private static String holidaysText(List<CalendarView.Holiday> holidays) {
        return String.join("\n", holidays.stream().map(h -> h.day() + " " + h.name()).toList());
    }

    private static Map<String, String> errors(RuntimeException refused) {
        var errors = new LinkedHashMap<String, String>();
        if (refused instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        } else if (refused instanceof Conflict conflict) {
            errors.put(conflict.field() == null ? "form" : conflict.field(), conflict.getMessage());
        }
        return errors;
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
