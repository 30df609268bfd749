package org.tessera.portal.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tessera.portal.FormAccess;
import org.tessera.portal.FormField;
import org.tessera.portal.WebFormChanges;
import org.tessera.portal.WebFormView;

/** Web forms and their ordered fields, rows in portal_form and portal_form_field. */
@Component
public class WebFormStore {

    private static final String COLUMNS = "id, key, name, intro, type_key, access, listed, active, frame_origins, "
            + "position, lock_version";

    private final JdbcTemplate jdbc;

    WebFormStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<WebFormView> all() {
        return withFields(jdbc.query("select " + COLUMNS + " from portal_form order by position, id", WebFormStore::form));
    }

    public Optional<WebFormView> byId(long id) {
        return withFields(jdbc.query("select " + COLUMNS + " from portal_form where id = ?", WebFormStore::form, id))
                .stream().findFirst();
    }

    public Optional<WebFormView> byKey(String key) {
        return withFields(jdbc.query("select " + COLUMNS + " from portal_form where key = ?", WebFormStore::form, key))
                .stream().findFirst();
    }

    public boolean keyTaken(String key, Long exceptId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from portal_form where key = ? and id <> ?)", Boolean.class, key,
                exceptId == null ? -1L : exceptId));
    }

    public long insert(String key, String name, String typeKey, List<FormField> fields) {
        Integer position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from portal_form", Integer.class);
        Long id = jdbc.queryForObject("""
                insert into portal_form (key, name, type_key, access, position) values (?, ?, ?, 'VERIFIED_EMAIL', ?)
                returning id""", Long.class, key, name, typeKey, position);
        replaceFields(id, fields);
        return id;
    }

    /** Saves the changes if nobody else saved since {@code lockVersion}; answers whether it did. */
    public boolean update(long id, WebFormChanges c, long lockVersion) {
        int updated = jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    update portal_form set key = ?, name = ?, intro = ?, type_key = ?, access = ?, listed = ?,
                        active = ?, frame_origins = ?, updated_at = now(), lock_version = lock_version + 1
                    where id = ? and lock_version = ?""");
            statement.setString(1, c.key());
            statement.setString(2, c.name());
            statement.setString(3, c.intro());
            statement.setString(4, c.typeKey());
            statement.setString(5, c.access().name());
            statement.setBoolean(6, c.listed());
            statement.setBoolean(7, c.active());
            statement.setArray(8, con.createArrayOf("text", c.frameOrigins().toArray()));
            statement.setLong(9, id);
            statement.setLong(10, lockVersion);
            return statement;
        });
        if (updated == 0) {
            return false;
        }
        replaceFields(id, c.fields());
        return true;
    }

    public void delete(long id) {
        jdbc.update("delete from portal_form where id = ?", id);
    }

    private void replaceFields(long formId, List<FormField> fields) {
        jdbc.update("delete from portal_form_field where form_id = ?", formId);
        int position = 1;
        for (FormField field : fields) {
            jdbc.update("insert into portal_form_field (form_id, position, field, label, help, required) "
                    + "values (?, ?, ?, ?, ?, ?)", formId, position++, field.field(), field.label(),
                    field.help() == null ? "" : field.help(), field.required());
        }
    }

    private List<WebFormView> withFields(List<WebFormView> forms) {
        if (forms.isEmpty()) {
            return forms;
        }
        Map<Long, List<FormField>> fields = new HashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("select form_id, field, label, help, required from portal_form_field "
                    + "where form_id = any (?) order by form_id, position");
            statement.setArray(1, con.createArrayOf("bigint", forms.stream().map(WebFormView::id).toArray()));
            return statement;
        }, rs -> {
            fields.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new FormField(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
        });
        return forms.stream().map(f -> new WebFormView(f.id(), f.key(), f.name(), f.intro(), f.typeKey(), f.access(),
                f.listed(), f.active(), f.frameOrigins(), f.position(), List.copyOf(fields.getOrDefault(f.id(), List.of())),
                f.lockVersion())).toList();
    }

    private static WebFormView form(ResultSet rs, int row) throws SQLException {
        Array origins = rs.getArray("frame_origins");
        return new WebFormView(rs.getLong("id"), rs.getString("key"), rs.getString("name"), rs.getString("intro"),
                rs.getString("type_key"), FormAccess.valueOf(rs.getString("access")), rs.getBoolean("listed"),
                rs.getBoolean("active"), origins == null ? List.of() : Arrays.asList((String[]) origins.getArray()),
                rs.getInt("position"), List.of(), rs.getLong("lock_version"));
    }
}
