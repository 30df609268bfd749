package org.tessera.automation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.sla.BusinessCalendars;
import org.tessera.sla.CalendarView;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;

/** What the rule and macro forms offer to choose from, and how a chosen value reads. */
@Component
public class Choices {

    public static final List<String> CHANNELS = List.of("web", "api", "email", "portal", "chat");
    public static final List<String> CHANGEABLE = List.of("status", "priority", "type", "assignee", "team", "tags",
            "requester", "subject", "description", "due", "follower");

    private final Workflows workflows;
    private final Directory directory;
    private final BusinessCalendars calendars;
    private final MessageSource messages;

    Choices(Workflows workflows, Directory directory, BusinessCalendars calendars, MessageSource messages) {
        this.workflows = workflows;
        this.directory = directory;
        this.calendars = calendars;
        this.messages = messages;
    }

    /** A snapshot for one page. */
    public Options load() {
        Catalog catalog = workflows.catalog();
        var statuses = new LinkedHashMap<String, String>();
        catalog.types().forEach(t -> t.statuses().forEach(s -> statuses.putIfAbsent(s.key(), s.name())));
        return new Options(catalog, List.of(StatusCategory.values()), statuses, catalog.activeTypes(),
                directory.agents().stream().filter(a -> a.id() != directory.systemUserId()).toList(),
                directory.colleagues().stream().filter(a -> a.id() != directory.systemUserId()).toList(),
                directory.teams(), directory.organizations(), calendars.all(), catalog.fields(), CHANNELS, CHANGEABLE);
    }

    public record Options(Catalog catalog, List<StatusCategory> categories, Map<String, String> statuses,
                          List<TicketTypeView> types, List<UserSummary> agents, List<UserSummary> colleagues,
                          List<TeamSummary> teams, List<OrganizationSummary> organizations,
                          List<CalendarView> calendars, List<CustomFieldView> fields, List<String> channels,
                          List<String> changeable) {

        public CustomFieldView field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        }

        public List<String> fieldKeys() {
            var keys = new ArrayList<String>(changeable);
            fields.forEach(f -> keys.add("custom." + f.key()));
            return keys;
        }
    }

    /** A condition in words, for the dry run's "not met" list: "Priority is P1". */
    public String describe(ConditionRow row, Options o) {
        String field = row.customKey() != null
                ? (o.field(row.customKey()) == null ? row.customKey() : o.field(row.customKey()).label())
                : message("automation.field." + row.field());
        String op = message("automation.op." + row.op());
        var values = new ArrayList<String>();
        for (String v : row.values()) {
            values.add(valueName(row, v, o));
        }
        return field + " " + op + (values.isEmpty() || row.op().equals("is_empty") || row.op().equals("is_set")
                ? "" : " " + String.join(", ", values));
    }

    private String valueName(ConditionRow row, String v, Options o) {
        return switch (row.field()) {
            case "category" -> message("category." + v);
            case "status" -> o.statuses().getOrDefault(v, v);
            case "type" -> o.catalog().type(v).map(TicketTypeView::name).orElse(v);
            case "priority" -> "P" + v;
            case "assignee" -> v.isEmpty() ? message("automation.value.nobody")
                    : o.agents().stream().filter(a -> String.valueOf(a.id()).equals(v)).map(UserSummary::displayName)
                    .findFirst().orElse(v);
            case "team" -> v.isEmpty() ? message("automation.value.noTeam")
                    : o.teams().stream().filter(t -> String.valueOf(t.id()).equals(v)).map(TeamSummary::name)
                    .findFirst().orElse(v);
            case "organization" -> v.isEmpty() ? message("automation.value.noOrganization")
                    : o.organizations().stream().filter(t -> String.valueOf(t.id()).equals(v))
                    .map(OrganizationSummary::name).findFirst().orElse(v);
            case "hours" -> o.calendars().stream().filter(c -> String.valueOf(c.id()).equals(v))
                    .map(CalendarView::name).findFirst().orElse(v);
            case "message" -> message("automation.value." + v);
            default -> "“" + v + "”";
        };
    }

    /** Display name of a status key. */
    public static String statusName(Catalog catalog, String key) {
        return catalog.types().stream().flatMap(t -> t.statuses().stream()).filter(s -> s.key().equals(key))
                .map(StatusView::name).findFirst().orElse(key);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
