package org.tessera.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tessera.notification.NotificationEvent;
import org.tessera.notification.TemplateText;
import org.tessera.runtime.CachedSnapshot;

/** The templates administrators changed, in table notification_template. */
@Repository
public class TemplateRecords {

    private final JdbcTemplate jdbc;
    // Every email Tessera writes looks for the administrators' version of its template: a handful of rows.
    private final CachedSnapshot<List<TemplateText>> changed = new CachedSnapshot<>(Duration.ofSeconds(20), this::load);

    TemplateRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TemplateText> find(NotificationEvent event, String language) {
        return changed.get().stream().filter(t -> t.event() == event && t.language().equals(language)).findFirst();
    }

    private List<TemplateText> load() {
        return jdbc.query("select * from notification_template", (r, i) -> new TemplateText(
                NotificationEvent.byKey(r.getString("event")), r.getString("language"), r.getString("subject"),
                r.getString("body"), true, r.getTimestamp("updated_at").toInstant()));
    }

    public void save(NotificationEvent event, String language, String subject, String body, Long userId, Instant at) {
        jdbc.update("""
                insert into notification_template (event, language, subject, body, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (event, language) do update set subject = excluded.subject, body = excluded.body,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                event.key(), language, subject, body, Timestamp.from(at), userId);
        changed.changed();
    }

    public void delete(NotificationEvent event, String language) {
        jdbc.update("delete from notification_template where event = ? and language = ?", event.key(), language);
        changed.changed();
    }
}
