package org.tessera.email.internal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tessera.email.QuarantineEntry;

/** Emails held back with a reason (table email_quarantine), until an administrator retries or discards them. */
@Repository
public class Quarantine {

    private final JdbcTemplate jdbc;

    Quarantine(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds an email; the same Message-ID held twice is one entry. Answers the entry's id. */
    public long hold(String messageId, String rawSha256, long rawSize, Long mailboxId, String via, Instant at,
                     String fromAddress, String subject, String reason) {
        List<Long> inserted = jdbc.query("""
                insert into email_quarantine (message_id, raw_sha256, raw_size, mailbox_id, received_via, received_at,
                                              from_address, subject, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (message_id) where released_at is null do nothing returning id""",
                (r, i) -> r.getLong(1), messageId, rawSha256, rawSize, mailboxId, via, Timestamp.from(at),
                fromAddress, subject, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        if (!inserted.isEmpty()) {
            return inserted.get(0);
        }
        return jdbc.queryForObject("select id from email_quarantine where message_id = ? and released_at is null",
                Long.class, messageId);
    }

    public List<QuarantineEntry> waiting() {
        return jdbc.query("select * from email_quarantine where released_at is null order by received_at desc, id desc",
                Quarantine::read);
    }

    public List<QuarantineEntry> recent(int limit) {
        return jdbc.query("select * from email_quarantine order by received_at desc, id desc limit ?",
                Quarantine::read, limit);
    }

    public Optional<QuarantineEntry> byId(long id) {
        return jdbc.query("select * from email_quarantine where id = ?", Quarantine::read, id).stream().findFirst();
    }

    public String rawOf(long id) {
        return jdbc.queryForObject("select raw_sha256 from email_quarantine where id = ?", String.class, id);
    }

    public void release(long id, Long userId, String outcome, Instant at) {
        jdbc.update("update email_quarantine set released_at = ?, released_by = ?, outcome = ? where id = ?",
                Timestamp.from(at), userId, outcome, id);
    }

    public int countWaiting() {
        Integer n = jdbc.queryForObject("select count(*) from email_quarantine where released_at is null",
                Integer.class);
        return n == null ? 0 : n;
    }

    private static QuarantineEntry read(ResultSet r, int row) throws SQLException {
        Timestamp released = r.getTimestamp("released_at");
        return new QuarantineEntry(r.getLong("id"), r.getString("message_id"), r.getLong("raw_size"),
                (Long) r.getObject("mailbox_id"), r.getString("received_via"),
                r.getTimestamp("received_at").toInstant(), r.getString("from_address"), r.getString("subject"),
                r.getString("reason"), released == null ? null : released.toInstant(), r.getString("outcome"));
    }
}
