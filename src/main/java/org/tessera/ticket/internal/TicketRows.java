package org.tessera.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The small statements on a ticket's row that are not changes of the ticket (no version, no history, no event):
 * written as plain SQL in the current transaction. Through the repository each cost a flush of the session and the
 * query machinery around one statement, several times in every ticket's creation and every message.
 */
@Component
public class TicketRows {

    private final JdbcClient jdbc;

    TicketRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A message was written: activity, not a change of the ticket, so no new version (an agent's open edit form
     * stays valid while the conversation goes on). A ticket already loaded in the same transaction keeps its old
     * updated_at and first_response_at.
     */
    public void recordActivity(long ticketId, Instant at, boolean response) {
        jdbc.sql("""
                update ticket set updated_at = greatest(updated_at, :at),
                       first_response_at = case when :response then coalesce(first_response_at, :at)
                                                else first_response_at end
                where id = :id""")
                .param("id", ticketId).param("at", Timestamp.from(at)).param("response", response).update();
    }

    /** Holds the row until the transaction ends. */
    public void hold(long ticketId) {
        jdbc.sql("select id from ticket where id = ? for no key update").param(ticketId).query(Long.class).optional();
    }

    public void recordSlaDue(long ticketId, Instant dueAt) {
        jdbc.sql("update ticket set sla_due_at = ? where id = ?")
                .param(dueAt == null ? null : Timestamp.from(dueAt)).param(ticketId).update();
    }
}
