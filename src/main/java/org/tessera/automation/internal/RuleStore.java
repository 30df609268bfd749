package org.tessera.automation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Moment;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules in table automation_rule; conditions and actions as JSON arrays of typed objects. The active rules are
 * read on every ticket event, so they are kept in memory and forgotten when a change commits.
 */
@Component
public class RuleStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Action>> ACTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, position, name, description, trigger, elapsed_moment, elapsed_hours,"
            + " match_mode, conditions, actions, stops_later, active";

    private final JdbcClient jdbc;
    private final CachedSnapshot<List<Rule>> active = new CachedSnapshot<>(Duration.ofSeconds(20),
            () -> all().stream().filter(Rule::active).toList());

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> all() {
        return jdbc.sql("select " + COLUMNS + " from automation_rule order by position, id").query(RuleStore::rule)
                .list();
    }

    public List<Rule> active() {
        return active.get();
    }

    public Optional<Rule> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from automation_rule where id = ?").param(id).query(RuleStore::rule)
                .optional();
    }

    public long create(Rule rule) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from automation_rule").query(Integer.class)
                .single();
        long id = jdbc.sql("insert into automation_rule (name, description, trigger, elapsed_moment, elapsed_hours,"
                        + " match_mode, conditions, actions, stops_later, active, position)"
                        + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?) returning id")
                .params(rule.name(), rule.description(), rule.trigger().name(), name(rule.elapsedMoment()),
                        rule.elapsedHours(), rule.match().name(), conditionsJson(rule.conditions()),
                        actionsJson(rule.actions()), rule.stopsLater(), rule.active(), position)
                .query(Long.class).single();
        changed();
        return id;
    }

    public void update(long id, Rule rule) {
        jdbc.sql("update automation_rule set name = ?, description = ?, trigger = ?, elapsed_moment = ?,"
                        + " elapsed_hours = ?, match_mode = ?, conditions = ?::jsonb, actions = ?::jsonb,"
                        + " stops_later = ?, active = ?, updated_at = now() where id = ?")
                .params(rule.name(), rule.description(), rule.trigger().name(), name(rule.elapsedMoment()),
                        rule.elapsedHours(), rule.match().name(), conditionsJson(rule.conditions()),
                        actionsJson(rule.actions()), rule.stopsLater(), rule.active(), id)
                .update();
        changed();
    }

    public void activate(long id, boolean active) {
        jdbc.sql("update automation_rule set active = ?, updated_at = now() where id = ?").params(active, id).update();
        changed();
    }

    public void reorder(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update automation_rule set position = ? where id = ?").params(i + 1, ids.get(i)).update();
        }
        changed();
    }

    public void delete(long id) {
        jdbc.sql("delete from automation_rule where id = ?").param(id).update();
        changed();
    }

    /** How often each rule acted, and when last. */
    public Map<Long, RuleActivity> activity() {
        var activity = new HashMap<Long, RuleActivity>();
        jdbc.sql("select rule_id, count(*), max(fired_at), count(*) filter (where outcome <> 'APPLIED')"
                + " from automation_firing group by rule_id").query((rs, n) -> {
            Timestamp last = rs.getTimestamp(3);
            activity.put(rs.getLong(1), new RuleActivity(rs.getLong(2), rs.getLong(4),
                    last == null ? null : last.toInstant()));
            return null;
        }).list();
        return activity;
    }

    public record RuleActivity(long firings, long failures, java.time.Instant lastFiredAt) {
    }

    public static String conditionsJson(List<Condition> conditions) {
        return JSON.writerFor(CONDITIONS).writeValueAsString(conditions);
    }

    public static String actionsJson(List<Action> actions) {
        return JSON.writerFor(ACTIONS).writeValueAsString(actions);
    }

    public static List<Action> actions(String json) {
        return JSON.readValue(json, ACTIONS);
    }

    /** Forget the cached rules once the change is committed, so a rolled-back edit is never used. */
    private void changed() {
        active.changed();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Rule rule(ResultSet rs, int row) throws SQLException {
        String moment = rs.getString("elapsed_moment");
        int hours = rs.getInt("elapsed_hours");
        boolean noHours = rs.wasNull();
        return new Rule(rs.getLong("id"), rs.getInt("position"), rs.getString("name"), rs.getString("description"),
                Trigger.valueOf(rs.getString("trigger")), moment == null ? null : Moment.valueOf(moment),
                noHours ? null : hours, Match.valueOf(rs.getString("match_mode")),
                JSON.readValue(rs.getString("conditions"), CONDITIONS), JSON.readValue(rs.getString("actions"), ACTIONS),
                rs.getBoolean("stops_later"), rs.getBoolean("active"));
    }
}
