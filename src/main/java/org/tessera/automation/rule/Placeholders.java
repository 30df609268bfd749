package org.tessera.automation.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates of replies, notes, emails and macros: {@code {{requester.name}}} and friends. An unknown placeholder
 * is an error, found when the rule is saved and, should the ticket lack it later, reported on the ticket.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.0-9]+)\\s*}}");
    public static final List<String> NAMES = List.of("requester.name", "requester.first_name", "requester.email",
            "ticket.number", "ticket.subject", "ticket.status", "ticket.priority", "ticket.type", "ticket.tags",
            "assignee.name", "assignee.email", "team.name", "organization.name", "agent.name",
            "ticket.custom.<key>");

    private Placeholders() {
    }

    /** A template names something that does not exist. */
    public static class TemplateError extends IllegalArgumentException {
        public TemplateError(String message) {
            super(message);
        }
    }

    /** Throws {@link TemplateError} naming the first unknown placeholder. */
    public static void check(String template, Set<String> customFieldKeys) {
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            String name = m.group(1);
            boolean custom = name.startsWith("ticket.custom.") && customFieldKeys.contains(name.substring(14));
            if (!custom && !NAMES.contains(name)) {
                throw new TemplateError("{{" + name + "}} is not a placeholder; use one of " + NAMES);
            }
        }
        if (template != null && template.contains("{{") && !PLACEHOLDER.matcher(template).find()) {
            throw new TemplateError("a placeholder is written {{name}}, such as {{requester.name}}");
        }
    }

    public static String render(String template, TicketState ticket, Lookups lookups, String agentName) {
        Map<String, String> values = values(ticket, lookups, agentName);
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("ticket.custom.")) {
                String key = name.substring(14);
                if (lookups.catalog().field(key).isEmpty()) {
                    throw new TemplateError("{{" + name + "}}: there is no custom field " + key);
                }
                Object v = ticket.customFields().get(key);
                value = v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : v == null ? "" : String.valueOf(v);
            } else if (values.containsKey(name)) {
                value = values.get(name);
            } else {
                throw new TemplateError("{{" + name + "}} is not a placeholder");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> values(TicketState t, Lookups lookups, String agentName) {
        var values = new LinkedHashMap<String, String>();
        values.put("requester.name", t.requesterName());
        values.put("requester.first_name", t.requesterName().split("[\\s@]")[0]);
        values.put("requester.email", t.requesterEmail());
        values.put("ticket.number", String.valueOf(t.number()));
        values.put("ticket.subject", t.subject());
        var status = lookups.catalog().status(t.statusId());
        values.put("ticket.status", status == null ? t.statusKey() : status.name());
        values.put("ticket.priority", "P" + t.priority());
        var type = lookups.catalog().type(t.typeId());
        values.put("ticket.type", type == null ? t.typeKey() : type.name());
        values.put("ticket.tags", String.join(", ", t.tags()));
        var assignee = t.assigneeId() == null ? null : lookups.user(t.assigneeId()).orElse(null);
        values.put("assignee.name", assignee == null ? "" : assignee.displayName());
        values.put("assignee.email", assignee == null ? "" : assignee.email());
        values.put("team.name", t.teamId() == null ? "" : lookups.team(t.teamId()).map(x -> x.name()).orElse(""));
        values.put("organization.name", t.organizationId() == null ? ""
                : lookups.organization(t.organizationId()).map(o -> o.name()).orElse(""));
        values.put("agent.name", agentName == null ? "" : agentName);
        return values;
    }
}
