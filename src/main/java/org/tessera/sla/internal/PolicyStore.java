package org.tessera.sla.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.sla.PolicyView;

/** Policies and their targets per priority, in tables sla_policy and sla_target. */
@Component
public class PolicyStore {

    private final JdbcClient jdbc;
    // Every ticket event asks which policy covers the ticket: read the policies once, not per event.
    private final CachedSnapshot<List<PolicyView>> snapshot = new CachedSnapshot<>(Duration.ofSeconds(20), this::load);

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PolicyView> all() {
        return snapshot.get();
    }

    private List<PolicyView> load() {
        Map<Long, Map<Integer, PolicyView.Targets>> targets = new HashMap<>();
        jdbc.sql("select policy_id, priority, first_response_minutes, next_response_minutes, resolution_minutes"
                + " from sla_target").query((rs, n) -> {
            targets.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getInt(2),
                    new PolicyView.Targets(integer(rs, 3), integer(rs, 4), integer(rs, 5)));
            return null;
        }).list();
        return jdbc.sql("select id, name, position, active, calendar_id, type_keys, organization_ids,"
                        + " warn_before_minutes from sla_policy order by position, id")
                .query((rs, n) -> new PolicyView(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                        (Long) rs.getObject(5), strings(rs.getArray(6)), longs(rs.getArray(7)), rs.getInt(8),
                        targets.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    public Optional<PolicyView> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    public long save(Long id, PolicyView p) {
        long policyId;
        String[] types = p.typeKeys().toArray(String[]::new);
        Long[] organizations = p.organizationIds().toArray(Long[]::new);
        if (id == null) {
            int position = jdbc.sql("select coalesce(max(position), 0) + 1 from sla_policy").query(Integer.class).single();
            policyId = jdbc.sql("insert into sla_policy (name, position, active, calendar_id, type_keys,"
                            + " organization_ids, warn_before_minutes) values (?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(p.name(), position, p.active(), p.calendarId(), types, organizations, p.warnBeforeMinutes())
                    .query(Long.class).single();
        } else {
            policyId = id;
            jdbc.sql("update sla_policy set name = ?, active = ?, calendar_id = ?, type_keys = ?, organization_ids = ?,"
                            + " warn_before_minutes = ? where id = ?")
                    .params(p.name(), p.active(), p.calendarId(), types, organizations, p.warnBeforeMinutes(), id)
                    .update();
            jdbc.sql("delete from sla_target where policy_id = ?").param(id).update();
        }
        p.targets().forEach((priority, t) -> {
            if (!t.isEmpty()) {
                jdbc.sql("insert into sla_target (policy_id, priority, first_response_minutes, next_response_minutes,"
                                + " resolution_minutes) values (?, ?, ?, ?, ?)")
                        .params(policyId, priority, t.firstResponseMinutes(), t.nextResponseMinutes(),
                                t.resolutionMinutes())
                        .update();
            }
        });
        snapshot.changed();
        return policyId;
    }

    public void move(long id, int newPosition) {
        jdbc.sql("update sla_policy set position = ? where id = ?").params(newPosition, id).update();
        snapshot.changed();
    }

    public void delete(long id) {
        jdbc.sql("delete from sla_policy where id = ?").param(id).update();
        snapshot.changed();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
