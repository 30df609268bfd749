package org.tessera.portal.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tessera.conversation.Upload;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Requests from forms waiting for their sender to confirm their address, with their files. */
@Component
public class PendingRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    PendingRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pending(long id, long formId, String email, String name, String locale, String subject,
                          String description, Integer priority, Map<String, Object> custom, Long ticketId,
                          boolean confirmed) {
    }

    public record StoredFile(String filename, String contentType, byte[] content) implements Upload {

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    public long keep(String token, long formId, String email, String name, String locale, String subject,
                     String description, Integer priority, Map<String, Object> custom, Instant now, Instant expires,
                     List<StoredFile> files) {
        Long id = jdbc.queryForObject("""
                insert into portal_pending_request (token_hash, form_id, email, name, locale, subject, description,
                    priority, custom, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id""", Long.class, Tokens.hash(token), formId,
                email, name, locale, subject, description, priority, JSON.writeValueAsString(custom),
                Timestamp.from(now), Timestamp.from(expires));
        for (StoredFile file : files) {
            jdbc.update("insert into portal_pending_file (request_id, filename, content_type, content) values (?, ?, ?, ?)",
                    id, file.filename(), file.contentType(), file.content());
        }
        return id;
    }

    /** The request behind a link that has not expired (confirmed or not). */
    public Optional<Pending> find(String token, Instant now) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.query("select * from portal_pending_request where token_hash = ? and (expires_at > ? or confirmed_at is not null)",
                (rs, n) -> pending(rs), Tokens.hash(token), Timestamp.from(now)).stream().findFirst();
    }

    /** Marks it confirmed: only the first of two simultaneous confirmations gets it. */
    public Optional<Pending> confirm(String token, Instant now) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.query("""
                update portal_pending_request set confirmed_at = ?
                where token_hash = ? and confirmed_at is null and expires_at > ? returning *""",
                (rs, n) -> pending(rs), Timestamp.from(now), Tokens.hash(token), Timestamp.from(now))
                .stream().findFirst();
    }

    public List<StoredFile> files(long id) {
        return jdbc.query("select filename, content_type, content from portal_pending_file where request_id = ? order by id",
                (rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
    }

    public void opened(long id, long ticketId) {
        jdbc.update("update portal_pending_request set ticket_id = ? where id = ?", ticketId, id);
        jdbc.update("delete from portal_pending_file where request_id = ?", id);
    }

    private static Pending pending(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object priority = rs.getObject("priority");
        Object ticket = rs.getObject("ticket_id");
        return new Pending(rs.getLong("id"), rs.getLong("form_id"), rs.getString("email"), rs.getString("name"),
                rs.getString("locale"), rs.getString("subject"), rs.getString("description"),
                priority == null ? null : ((Number) priority).intValue(),
                JSON.readValue(rs.getString("custom"), new TypeReference<Map<String, Object>>() {
                }), ticket == null ? null : ((Number) ticket).longValue(), rs.getTimestamp("confirmed_at") != null);
    }
}
