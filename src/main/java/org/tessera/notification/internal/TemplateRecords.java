package org.tessera.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tessera.notification.NotificationEvent;
import org.tessera.notification.TemplateText;

/** The templates administrators changed, in table notification_template. */
@Repository
public class TemplateRecords {

    private final JdbcTemplate jdbc;

    TemplateRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TemplateText> find(NotificationEvent event, String language) {
        return jdbc.query("select * from notification_template where event = ? and language = ?",
                (r, i) -> new TemplateText(event, language, r.getString("subject"), r.getString("body"), true,
                        r.getTimestamp("updated_at").toInstant()), event.key(), language).stream().findFirst();
    }

    public void save(NotificationEvent event, String language, String subject, String body, Long userId, Instant at) {
        jdbc.update("""
                insert into notification_template (event, language, subject, body, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (event, language) do update set subject = excluded.subject, body = excluded.body,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                event.key(), language, subject, body, Timestamp.from(at), userId);
    }

    public void delete(NotificationEvent event, String language) {
        jdbc.update("delete from notification_template where event = ? and language = ?", event.key(), language);
    }
}
