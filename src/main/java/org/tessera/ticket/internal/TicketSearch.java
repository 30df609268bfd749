package org.tessera.ticket.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.TicketPage;
import org.tessera.ticket.TicketQuery;

/**
 * Runs a {@link TicketQuery} as one SQL statement (plus a capped count), always restricted to what the actor may
 * see: visibility lives in the query, so no list, page or search can leak a ticket.
 */
@Component
public class TicketSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("^#?(\\d{1,18})$");

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;

    TicketSearch(NamedParameterJdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public record Hit(long id, long number, String subject, long typeId, long statusId, int priority,
                      long requesterId, Long organizationId, Long assigneeId, Long teamId, List<String> tags,
                      Instant createdAt, Instant updatedAt, Instant dueAt, Instant slaDueAt) {
    }

    public record Hits(List<Hit> hits, long total, boolean exact) {
    }

    /** The statement a list runs: what the actor may see of the query, in its order, one page. */
    public record Statement(String sql, String where, MapSqlParameterSource params) {
    }

    public Statement statement(TicketQuery query, Catalog catalog, Actor actor, int page, int size) {
        var params = new MapSqlParameterSource();
        String where = where(query, catalog, actor, params);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        return new Statement(select(where, query, false), where, params);
    }

    /**
     * The page's SQL. {@code fewMatches}: the filter is known to match few rows, which are then found first (OFFSET 0
     * keeps the planner from merging the two levels) and sorted, instead of letting PostgreSQL walk an index in the
     * list's order hoping to meet a page of matches soon; see {@link #runWords}.
     */
    private static String select(String where, TicketQuery query, boolean fewMatches) {
        String from = fewMatches ? "(select * from ticket t where %s offset 0) t".formatted(where)
                : "ticket t where " + where;
        return """
                select t.id, t.number, t.subject, t.type_id, t.status_id, t.priority, t.requester_id,
                       t.organization_id, t.assignee_id, t.team_id, t.tags, t.created_at, t.updated_at, t.due_at,
                       t.sla_due_at
                from %s order by %s limit :limit offset :offset""".formatted(from, orderBy(query));
    }

    public Hits run(TicketQuery query, Catalog catalog, Actor actor, int page, int size) {
        if (query.text() != null && !query.text().isBlank()) {
            return runWords(query, catalog, actor, page, size);
        }
        Statement statement = statement(query, catalog, actor, page, size);
        List<Hit> hits = jdbc.query(statement.sql(), statement.params(), TicketSearch::hit);
        if (page == 0 && hits.size() < size) {
            return new Hits(hits, hits.size(), true);
        }
        long total = cappedCount(statement, TicketPage.COUNT_LIMIT);
        return new Hits(hits, Math.min(total, TicketPage.COUNT_LIMIT), total <= TicketPage.COUNT_LIMIT);
    }

    /**
     * Words in the subject: counted first (up to {@link TicketPage#SEARCH_COUNT_LIMIT}: each match counted is a row
     * fetched), because the count decides the plan. PostgreSQL cannot tell how many subjects hold a word (a prefix
     * most of all), and guessing "many" it walks an index in the list's order checking every ticket: at a million
     * tickets a word found once took a second. Few matches are found by the word index and sorted (milliseconds);
     * many matches are dense enough that the walk in the list's order meets a page of them soon.
     */
    private Hits runWords(TicketQuery query, Catalog catalog, Actor actor, int page, int size) {
        Statement statement = statement(query, catalog, actor, page, size);
        long total = cappedCount(statement, TicketPage.SEARCH_COUNT_LIMIT);
        boolean few = total <= TicketPage.SEARCH_COUNT_LIMIT;
        if (few && (long) page * size >= total) {
            return new Hits(List.of(), total, true);
        }
        String sql = few ? select(statement.where(), query, true) : statement.sql();
        List<Hit> hits = jdbc.query(sql, statement.params(), TicketSearch::hit);
        return new Hits(hits, Math.min(total, TicketPage.SEARCH_COUNT_LIMIT), few);
    }

    private long cappedCount(Statement statement, int limit) {
        var params = statement.params();
        params.addValue("cap", limit + 1);
        return jdbc.queryForObject("select count(*) from (select 1 from ticket t where %s limit :cap) capped"
                .formatted(statement.where()), params, Long.class);
    }

    String where(TicketQuery q, Catalog catalog, Actor actor, MapSqlParameterSource params) {
        var clauses = new ArrayList<String>();
        visibility(actor, clauses, params);
        if (!q.statuses().isEmpty()) {
            List<Long> ids = catalog.statusIdsWithKey(q.statuses());
            clauses.add(ids.isEmpty() ? "false" : "t.status_id in (:statusIds)");
            params.addValue("statusIds", ids);
        }
        if (!q.categories().isEmpty()) {
            clauses.add("t.status_category in (:categories)");
            params.addValue("categories", q.categories().stream().map(Enum::name).toList());
        }
        if (!q.priorities().isEmpty()) {
            clauses.add("t.priority in (:priorities)");
            params.addValue("priorities", q.priorities());
        }
        people("t.assignee_id", "assignee", q.assignees(), actor, clauses, params);
        people("t.team_id", "team", q.teams(), actor, clauses, params);
        if (!q.types().isEmpty()) {
            List<Long> ids = q.types().stream().flatMap(key -> catalog.type(key).stream()).map(t -> t.id()).toList();
            clauses.add(ids.isEmpty() ? "false" : "t.type_id in (:typeIds)");
            params.addValue("typeIds", ids);
        }
        if (!q.requesters().isEmpty()) {
            List<Long> ids = requesterIds(q.requesters(), actor);
            clauses.add(ids.isEmpty() ? "false" : "t.requester_id in (:requesterIds)");
            params.addValue("requesterIds", ids);
        }
        if (!q.organizations().isEmpty()) {
            clauses.add("t.organization_id in (:organizationIds)");
            params.addValue("organizationIds", q.organizations());
        }
        if (!q.tags().isEmpty()) {
            clauses.add("t.tags @> array[:tags]::text[]");
            params.addValue("tags", q.tags());
        }
        if (!q.followers().isEmpty()) {
            List<Long> ids = ids("follower", q.followers(), actor);
            clauses.add("exists (select 1 from ticket_follower ff where ff.ticket_id = t.id and ff.user_id in (:followerIds))");
            params.addValue("followerIds", ids);
        }
        int i = 0;
        for (Map.Entry<String, String> entry : q.customFields().entrySet()) {
            CustomFieldView field = catalog.field(entry.getKey()).orElseThrow(() ->
                    new InvalidInput("cf." + entry.getKey(), "no custom field has this key"));
            clauses.add("t.custom_fields @> cast(:cf" + i + " as jsonb)");
            params.addValue("cf" + i++, customFieldMatch(field, entry.getValue()));
        }
        if (q.text() != null) {
            text(q.text(), clauses, params);
        }
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    private static void visibility(Actor actor, List<String> clauses, MapSqlParameterSource params) {
        if (actor.isStaff()) {
            return;
        }
        params.addValue("me", actor.userId() == null ? -1L : actor.userId());
        String own = "t.requester_id = :me or exists (select 1 from ticket_follower f where f.ticket_id = t.id and f.user_id = :me)";
        if (actor.isCustomer() && actor.organizationSharesTickets() && actor.organizationId() != null) {
            own += " or t.organization_id = :myOrganization";
            params.addValue("myOrganization", actor.organizationId());
        }
        clauses.add("(" + own + ")");
    }

    /** "me", "none" and ids, as in assignee=me or team=none,3. */
    private static void people(String column, String name, List<String> values, Actor actor, List<String> clauses,
                               MapSqlParameterSource params) {
        if (values.isEmpty()) {
            return;
        }
        boolean none = values.contains("none");
        List<Long> ids = ids(name, values.stream().filter(v -> !v.equals("none")).toList(), actor);
        var alternatives = new ArrayList<String>();
        if (none) {
            alternatives.add(column + " is null");
        }
        if (!ids.isEmpty()) {
            alternatives.add(column + " in (:" + name + "Ids)");
            params.addValue(name + "Ids", ids);
        }
        clauses.add("(" + String.join(" or ", alternatives) + ")");
    }

    private static List<Long> ids(String name, List<String> values, Actor actor) {
        var ids = new ArrayList<Long>();
        for (String value : values) {
            if (value.equals("me")) {
                ids.add(actor.userId() == null ? -1L : actor.userId());
            } else {
                try {
                    ids.add(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    throw new InvalidInput(name, "'" + value + "' is not an id, 'me' or 'none'");
                }
            }
        }
        return ids;
    }

    private List<Long> requesterIds(List<String> values, Actor actor) {
        var ids = new ArrayList<Long>();
        for (String value : values) {
            if (value.contains("@")) {
                directory.userByEmail(value).map(UserSummary::id).ifPresent(ids::add);
            } else {
                ids.addAll(ids("requester", List.of(value), actor));
            }
        }
        return ids;
    }

    private static String customFieldMatch(CustomFieldView field, String value) {
        Object stored;
        try {
            stored = switch (field.kind()) {
                case MULTI_SELECT -> List.of(value);
                case CHECKBOX -> Boolean.parseBoolean(value) || value.equals("on");
                default -> CustomFieldValues.normalize(field, value);
            };
        } catch (IllegalArgumentException wrong) {
            throw new InvalidInput("cf." + field.key(), wrong.getMessage());
        }
        return JsonMapConverter.toJson(Map.of(field.key(), stored));
    }

    /** Words in the subject, accents ignored, each word matching as a prefix; "#1042" or "1042" also finds the number. */
    private static void text(String text, List<String> clauses, MapSqlParameterSource params) {
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < 8) {
            words.add(m.group().toLowerCase() + ":*");
        }
        var alternatives = new ArrayList<String>();
        if (!words.isEmpty()) {
            alternatives.add("t.subject_words @@ to_tsquery('simple', tessera_unaccent(:words))");
            params.addValue("words", String.join(" & ", words));
        }
        Matcher number = NUMBER.matcher(text.strip());
        if (number.matches()) {
            alternatives.add("t.number = :number");
            params.addValue("number", Long.parseLong(number.group(1)));
        }
        clauses.add(alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")");
    }

    private static String orderBy(TicketQuery q) {
        var order = new ArrayList<String>();
        if (q.group() != null) {
            order.add(switch (q.group()) {
                case "status" -> "t.status_id";
                case "category" -> "case t.status_category when 'NEW' then 1 when 'OPEN' then 2 when 'PENDING' then 3"
                        + " when 'RESOLVED' then 4 else 5 end";
                case "priority" -> "t.priority";
                case "assignee" -> "t.assignee_id nulls first";
                case "team" -> "t.team_id nulls first";
                case "type" -> "t.type_id";
                case "organization" -> "t.organization_id nulls first";
                default -> "t.requester_id";
            });
        }
        for (String key : q.sort()) {
            boolean descending = key.startsWith("-");
            String column = switch (key.replaceFirst("^-", "")) {
                case "priority" -> "t.priority";
                case "updated" -> "t.updated_at";
                case "created" -> "t.created_at";
                case "number" -> "t.number";
                case "due" -> "t.due_at";
                case "sla" -> "t.sla_due_at";
                default -> "lower(t.subject)";
            };
            order.add(column + (descending ? " desc" : "") + (column.endsWith("due_at") ? " nulls last" : ""));
        }
        order.add("t.id desc");
        return String.join(", ", order);
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        return new Hit(rs.getLong("id"), rs.getLong("number"), rs.getString("subject"), rs.getLong("type_id"),
                rs.getLong("status_id"), rs.getInt("priority"), rs.getLong("requester_id"),
                (Long) rs.getObject("organization_id"), (Long) rs.getObject("assignee_id"),
                (Long) rs.getObject("team_id"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "due_at"),
                instant(rs, "sla_due_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
