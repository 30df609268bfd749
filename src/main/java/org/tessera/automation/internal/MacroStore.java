package org.tessera.automation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tessera.automation.MacroView;
import org.tessera.conversation.Visibility;

/** Macros in table automation_macro; their actions as a JSON array of typed objects, like rules'. */
@Component
public class MacroStore {

    private final JdbcClient jdbc;

    MacroStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Shared macros and the user's own, by name. */
    public List<MacroView> visibleTo(Long userId) {
        return jdbc.sql("select * from automation_macro where owner_id is null or owner_id = ?"
                + " order by lower(name), id").param(userId == null ? -1 : userId).query(MacroStore::macro).list();
    }

    public Optional<MacroView> find(long id) {
        return jdbc.sql("select * from automation_macro where id = ?").param(id).query(MacroStore::macro).optional();
    }

    public long save(Long id, MacroView m) {
        if (id == null) {
            return jdbc.sql("insert into automation_macro (name, owner_id, body, visibility, actions)"
                            + " values (?, ?, ?, ?, ?::jsonb) returning id")
                    .params(m.name(), m.ownerId(), m.body(), m.visibility().name(), RuleStore.actionsJson(m.actions()))
                    .query(Long.class).single();
        }
        jdbc.sql("update automation_macro set name = ?, owner_id = ?, body = ?, visibility = ?, actions = ?::jsonb,"
                        + " updated_at = now() where id = ?")
                .params(m.name(), m.ownerId(), m.body(), m.visibility().name(), RuleStore.actionsJson(m.actions()), id)
                .update();
        return id;
    }

    public void delete(long id) {
        jdbc.sql("delete from automation_macro where id = ?").param(id).update();
    }

    private static MacroView macro(ResultSet rs, int row) throws SQLException {
        return new MacroView(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("owner_id"),
                rs.getString("body"), Visibility.valueOf(rs.getString("visibility")),
                RuleStore.actions(rs.getString("actions")));
    }
}
