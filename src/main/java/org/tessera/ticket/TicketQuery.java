package org.tessera.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tessera.shared.InvalidInput;

/**
 * A view of tickets: which (filter), in what order (sort) and grouped how. It reads from and writes to the same
 * query string the list page and the API use ({@code status=open&priority=1,2&assignee=me&sort=priority,-updated}),
 * which is also how saved views are stored.
 */
public record TicketQuery(List<String> statuses, List<StatusCategory> categories, List<Integer> priorities,
                          List<String> assignees, List<String> teams, List<String> types, List<String> requesters,
                          List<Long> organizations, List<String> tags, List<String> followers,
                          Map<String, String> customFields, String text, List<String> sort, String group) {

    public static final List<String> SORT_KEYS = List.of("priority", "updated", "created", "number", "due", "subject",
            "sla");
    public static final List<String> GROUP_KEYS = List.of("status", "category", "priority", "assignee", "team", "type",
            "organization", "requester");
    public static final List<String> DEFAULT_SORT = List.of("priority", "-updated");
    private static final Set<String> PARAMETERS = Set.of("status", "category", "priority", "assignee", "team", "type",
            "requester", "organization", "tag", "follower", "q", "sort", "group");

    public static TicketQuery all() {
        return parse(Map.of());
    }

    /** Parses request parameters; values may repeat or be comma separated. Unknown parameters are ignored. */
    public static TicketQuery parse(Map<String, List<String>> params) {
        var customFields = new LinkedHashMap<String, String>();
        params.forEach((name, values) -> {
            if (name.startsWith("cf.") && name.length() > 3) {
                values(values).stream().findFirst().ifPresent(v -> customFields.put(name.substring(3), v));
            }
        });
        List<String> sort = values(params.get("sort"));
        for (String key : sort) {
            if (!SORT_KEYS.contains(key.replaceFirst("^-", ""))) {
                throw new InvalidInput("sort", "'" + key + "' is not sortable; use " + SORT_KEYS + " with - for descending");
            }
        }
        String group = values(params.get("group")).stream().findFirst().orElse(null);
        if (group != null && !GROUP_KEYS.contains(group)) {
            throw new InvalidInput("group", "'" + group + "' is not a grouping; use one of " + GROUP_KEYS);
        }
        String text = values(params.get("q")).stream().findFirst().orElse(null);
        return new TicketQuery(values(params.get("status")),
                convert("category", params.get("category"), v -> StatusCategory.valueOf(v.toUpperCase(Locale.ROOT))),
                convert("priority", params.get("priority"), TicketQuery::priority),
                lower(values(params.get("assignee"))), lower(values(params.get("team"))), values(params.get("type")),
                values(params.get("requester")), convert("organization", params.get("organization"), Long::valueOf),
                lower(values(params.get("tag"))), lower(values(params.get("follower"))), customFields,
                text == null || text.isBlank() ? null : text.strip(), sort.isEmpty() ? DEFAULT_SORT : sort, group);
    }

    public static TicketQuery parse(String queryString) {
        var params = new LinkedHashMap<String, List<String>>();
        if (queryString != null && !queryString.isBlank()) {
            for (String pair : queryString.replaceFirst("^\\?", "").split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parse(params);
    }

    public static boolean isQueryParameter(String name) {
        return PARAMETERS.contains(name) || name.startsWith("cf.");
    }

    /** The canonical query string: what gets stored for a saved view and put in links. */
    public String toQueryString() {
        var parts = new ArrayList<String>();
        add(parts, "status", statuses);
        add(parts, "category", categories.stream().map(Enum::name).toList());
        add(parts, "priority", priorities.stream().map(String::valueOf).toList());
        add(parts, "assignee", assignees);
        add(parts, "team", teams);
        add(parts, "type", types);
        add(parts, "requester", requesters);
        add(parts, "organization", organizations.stream().map(String::valueOf).toList());
        add(parts, "tag", tags);
        add(parts, "follower", followers);
        customFields.forEach((key, value) -> parts.add("cf." + encode(key) + "=" + encode(value)));
        if (text != null) {
            parts.add("q=" + encode(text));
        }
        if (!sort.equals(DEFAULT_SORT)) {
            add(parts, "sort", sort);
        }
        if (group != null) {
            parts.add("group=" + encode(group));
        }
        return String.join("&", parts);
    }

    public TicketQuery withSort(List<String> sort) {
        return new TicketQuery(statuses, categories, priorities, assignees, teams, types, requesters, organizations,
                tags, followers, customFields, text, sort, group);
    }

    public boolean hasFilter() {
        return !(statuses.isEmpty() && categories.isEmpty() && priorities.isEmpty() && assignees.isEmpty()
                && teams.isEmpty() && types.isEmpty() && requesters.isEmpty() && organizations.isEmpty()
                && tags.isEmpty() && followers.isEmpty() && customFields.isEmpty() && text == null);
    }

    private static void add(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + "=" + String.join(",", values.stream().map(TicketQuery::encode).toList()));
        }
    }

    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> List<T> convert(String field, List<String> raw, Function<String, T> converter) {
        var result = new ArrayList<T>();
        for (String value : values(raw)) {
            try {
                result.add(converter.apply(value));
            } catch (IllegalArgumentException wrong) {
                throw new InvalidInput(field, "'" + value + "' is not a valid " + field);
            }
        }
        return List.copyOf(result);
    }

    private static Integer priority(String value) {
        int p = Integer.parseInt(value);
        if (!Priority.isValid(p)) {
            throw new IllegalArgumentException();
        }
        return p;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
