package org.tessera.email.internal.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tessera.email.Threading;
import org.tessera.email.internal.mime.MailAddress;
import org.tessera.email.internal.mime.ParsedMessage;

/** Inbound emails, in table email_message; the unique Message-ID is what makes a second delivery a no-op. */
@Repository
public class EmailRecords {

    private final JdbcTemplate jdbc;

    EmailRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a Message-ID for this delivery: the row's id, or empty when another delivery of the same message holds
     * it. A concurrent claim waits for the other transaction, so of two deliveries racing exactly one wins.
     */
    public Optional<Long> claim(String messageId, String rawSha256, long rawSize, String via, Instant at) {
        return jdbc.query("""
                insert into email_message (message_id, raw_sha256, raw_size, received_via, received_at)
                values (?, ?, ?, ?, ?) on conflict (message_id) do nothing returning id""",
                (r, i) -> r.getLong(1), messageId, rawSha256, rawSize, via, Timestamp.from(at)).stream().findFirst();
    }

    public void release(long id) {
        jdbc.update("delete from email_message where id = ?", id);
    }

    /** What the intake decided: the ticket and message, and everything read from the email's headers. */
    public void complete(long id, Long mailboxId, long ticketId, long conversationMessageId, ParsedMessage parsed,
                         String automatic, boolean bulk, Threading threadedBy, String detail, Instant parsedAt) {
        MailAddress from = parsed.from();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("""
                    update email_message set mailbox_id = ?, ticket_id = ?, conversation_message_id = ?,
                        from_address = ?, from_name = ?, to_addresses = ?, cc_addresses = ?, subject = ?, sent_at = ?,
                        in_reply_to = ?, reference_ids = ?, automatic = ?, bulk = ?, threaded_by = ?,
                        threading_detail = ?, parsed_at = ?, problems = ?
                    where id = ?""");
            s.setObject(1, mailboxId);
            s.setLong(2, ticketId);
            s.setLong(3, conversationMessageId);
            s.setString(4, from == null ? null : from.canonical());
            s.setString(5, from == null ? null : from.name());
            s.setString(6, join(parsed.to()));
            s.setString(7, join(parsed.cc()));
            s.setString(8, parsed.subject());
            s.setTimestamp(9, parsed.sentAt() == null ? null : Timestamp.from(parsed.sentAt()));
            s.setString(10, parsed.inReplyTo());
            s.setArray(11, connection.createArrayOf("text", parsed.references().toArray()));
            s.setString(12, automatic);
            s.setBoolean(13, bulk);
            s.setString(14, threadedBy.name());
            s.setString(15, detail);
            s.setTimestamp(16, Timestamp.from(parsedAt));
            s.setString(17, parsed.problems().isEmpty() ? null : String.join("; ", parsed.problems()));
            s.setLong(18, id);
            return s;
        });
    }

    public void reparsed(long id, ParsedMessage parsed, Instant at) {
        jdbc.update("update email_message set subject = ?, parsed_at = ?, problems = ? where id = ?",
                parsed.subject(), Timestamp.from(at),
                parsed.problems().isEmpty() ? null : String.join("; ", parsed.problems()), id);
    }

    public void moved(long id, long ticketId, Threading why, String detail) {
        jdbc.update("update email_message set ticket_id = ?, threaded_by = ?, threading_detail = ? where id = ?",
                ticketId, why.name(), detail, id);
    }

    public Optional<EmailRecord> byId(long id) {
        return jdbc.query("select * from email_message where id = ?", EmailRecords::read, id).stream().findFirst();
    }

    public Optional<EmailRecord> byMessageId(String messageId) {
        return jdbc.query("select * from email_message where message_id = ?", EmailRecords::read, messageId).stream()
                .findFirst();
    }

    public Optional<EmailRecord> byConversationMessage(long conversationMessageId) {
        return jdbc.query("select * from email_message where conversation_message_id = ?", EmailRecords::read,
                conversationMessageId).stream().findFirst();
    }

    public List<EmailRecord> ofTicket(long ticketId) {
        return jdbc.query("select * from email_message where ticket_id = ? order by id", EmailRecords::read, ticketId);
    }

    /** The emails with these Message-IDs that landed on a ticket. */
    public List<EmailRecord> withMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var s = connection.prepareStatement(
                    "select * from email_message where message_id = any (?) and ticket_id is not null");
            s.setArray(1, connection.createArrayOf("text", messageIds.toArray()));
            return s;
        }, EmailRecords::read);
    }

    /** How many emails this address sent since a moment: a sender flooding the helpdesk is a loop. */
    public int countFrom(String address, Instant since) {
        Integer n = jdbc.queryForObject(
                "select count(*) from email_message where from_address = ? and received_at > ?", Integer.class,
                address, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    private static String join(List<MailAddress> addresses) {
        return String.join(", ", addresses.stream().map(MailAddress::toString).toList());
    }

    static EmailRecord read(ResultSet r, int row) throws SQLException {
        Array references = r.getArray("reference_ids");
        return new EmailRecord(r.getLong("id"), r.getString("message_id"), r.getString("raw_sha256"),
                r.getLong("raw_size"), (Long) r.getObject("mailbox_id"), r.getString("received_via"),
                instant(r, "received_at"), (Long) r.getObject("ticket_id"),
                (Long) r.getObject("conversation_message_id"), r.getString("from_address"), r.getString("from_name"),
                r.getString("to_addresses"), r.getString("cc_addresses"), r.getString("subject"),
                instant(r, "sent_at"), r.getString("in_reply_to"),
                references == null ? List.of() : Arrays.asList((String[]) references.getArray()),
                r.getString("automatic"), r.getBoolean("bulk"), Threading.valueOf(r.getString("threaded_by")),
                r.getString("threading_detail"), instant(r, "parsed_at"), r.getString("problems"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
