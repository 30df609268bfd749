package org.tessera.email.internal.outbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tessera.email.OutboxEntry.Status;

/** The outbox, in table email_outbox: unique per event and recipient, so nothing is queued twice for one event. */
@Repository
public class OutboxRecords {

    private final JdbcTemplate jdbc;

    OutboxRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the email; empty when this event already reached this recipient. A mailbox deleted since the email was
     * written (another node may not know yet) leaves it to the default outgoing server rather than failing the event.
     */
    public Optional<Long> insert(OutboxRow r) {
        return jdbc.query(connection -> {
            var s = connection.prepareStatement("""
                    insert into email_outbox (event_key, recipient, recipient_name, ticket_id, mailbox_id,
                        from_address, from_name, reply_to, message_id, in_reply_to, reference_ids, thread_topic,
                        thread_index, subject, body_text, body_html, attachment_ids, automatic, internal, status,
                        last_error)
                    values (?, ?, ?, ?, (select id from email_mailbox where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?)
                    on conflict (event_key, recipient) do nothing returning id""");
            int i = 1;
            s.setString(i++, r.eventKey());
            s.setString(i++, r.recipient());
            s.setString(i++, r.recipientName());
            s.setObject(i++, r.ticketId());
            s.setObject(i++, r.mailboxId());
            s.setString(i++, r.fromAddress());
            s.setString(i++, r.fromName());
            s.setString(i++, r.replyTo());
            s.setString(i++, r.messageId());
            s.setString(i++, r.inReplyTo());
            s.setArray(i++, connection.createArrayOf("text", r.references().toArray()));
            s.setString(i++, r.threadTopic());
            s.setString(i++, r.threadIndex());
            s.setString(i++, r.subject());
            s.setString(i++, r.bodyText());
            s.setString(i++, r.bodyHtml());
            s.setArray(i++, connection.createArrayOf("bigint", r.attachmentIds().toArray()));
            s.setBoolean(i++, r.automatic());
            s.setBoolean(i++, r.internal());
            s.setString(i++, r.status().name());
            s.setString(i, r.lastError());
            return s;
        }, (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    /**
     * The due emails, locked for this transaction; rows another node or thread is sending are skipped, not waited
     * for.
     */
    public List<OutboxRow> lockDue(int limit) {
        return jdbc.query("""
                select * from email_outbox where status = 'QUEUED' and next_attempt_at <= now()
                order by next_attempt_at, id limit ? for update skip locked""", OutboxRecords::read, limit);
    }

    public void sent(long id, Instant at) {
        jdbc.update("update email_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null"
                + " where id = ?", Timestamp.from(at), id);
    }

    public void retryLater(long id, Instant next, String error, boolean counts) {
        jdbc.update("update email_outbox set next_attempt_at = ?, last_error = ?, attempts = attempts + ? where id = ?",
                Timestamp.from(next), shorten(error), counts ? 1 : 0, id);
    }

    public void failed(long id, String error) {
        jdbc.update("update email_outbox set status = 'FAILED', last_error = ?, attempts = attempts + 1 where id = ?",
                shorten(error), id);
    }

    public void requeue(long id) {
        jdbc.update("update email_outbox set status = 'QUEUED', next_attempt_at = now(), attempts = 0 where id = ?"
                + " and status in ('FAILED', 'QUEUED')", id);
    }

    /** A delivery report came back for the email with this Message-ID. */
    public void bounced(String messageId, String report) {
        jdbc.update("update email_outbox set status = 'BOUNCED', last_error = ? where message_id = ?",
                shorten("delivery report: " + report), messageId);
    }

    /** Whether the email with this Message-ID told about an internal note. */
    public boolean internalNote(String messageId) {
        return Boolean.TRUE.equals(jdbc.query("select internal from email_outbox where message_id = ?",
                (r, i) -> r.getBoolean(1), messageId).stream().findFirst().orElse(false));
    }

    public int automaticSince(String recipient, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from email_outbox where recipient = ? and automatic"
                + " and status <> 'SUPPRESSED' and created_at > ?", Integer.class, recipient, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /** The Message-IDs of what we sent this recipient about the ticket, oldest first. */
    public List<OutboxRow> sentTo(long ticketId, String recipient) {
        return jdbc.query("select * from email_outbox where ticket_id = ? and recipient = ? and status <> 'SUPPRESSED'"
                + " order by id", OutboxRecords::read, ticketId, recipient);
    }

    public int countForTicket(long ticketId) {
        Integer n = jdbc.queryForObject("select count(*) from email_outbox where ticket_id = ?", Integer.class,
                ticketId);
        return n == null ? 0 : n;
    }

    public Optional<OutboxRow> byId(long id) {
        return jdbc.query("select * from email_outbox where id = ?", OutboxRecords::read, id).stream().findFirst();
    }

    public List<OutboxRow> recent(Status status, Long ticketId, int limit) {
        return jdbc.query("select * from email_outbox where (?::text is null or status = ?) and (?::bigint is null or"
                        + " ticket_id = ?) order by id desc limit ?", OutboxRecords::read,
                status == null ? null : status.name(), status == null ? null : status.name(), ticketId, ticketId,
                limit);
    }

    public java.util.Map<Status, Integer> counts() {
        var counts = new java.util.EnumMap<Status, Integer>(Status.class);
        jdbc.query("select status, count(*) from email_outbox group by status",
                (org.springframework.jdbc.core.RowCallbackHandler) r -> counts.put(Status.valueOf(r.getString(1)),
                        r.getInt(2)));
        return counts;
    }

    private static String shorten(String text) {
        return text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    static OutboxRow read(ResultSet r, int row) throws SQLException {
        Array references = r.getArray("reference_ids");
        Array attachments = r.getArray("attachment_ids");
        return new OutboxRow(r.getLong("id"), r.getString("event_key"), r.getString("recipient"),
                r.getString("recipient_name"), (Long) r.getObject("ticket_id"), (Long) r.getObject("mailbox_id"),
                r.getString("from_address"), r.getString("from_name"), r.getString("reply_to"),
                r.getString("message_id"), r.getString("in_reply_to"),
                references == null ? List.of() : Arrays.asList((String[]) references.getArray()),
                r.getString("thread_topic"), r.getString("thread_index"), r.getString("subject"),
                r.getString("body_text"), r.getString("body_html"),
                attachments == null ? List.of() : Arrays.asList((Long[]) attachments.getArray()),
                r.getBoolean("automatic"), r.getBoolean("internal"), Status.valueOf(r.getString("status")),
                r.getInt("attempts"), instant(r, "next_attempt_at"), r.getString("last_error"), instant(r, "sent_at"),
                instant(r, "created_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
