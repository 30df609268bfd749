package org.tessera.demo;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The services stamp everything with the real time, so a freshly seeded helpdesk would look as if all of it had
 * happened in the last few seconds. For the demo's realism these are the moments the stories planned instead,
 * spread over the last 60 days, written straight into the tables at the end of the seeding (no service offers to
 * rewrite the past, rightly). Everything is kept in order: a ticket is updated after it was created, messages and
 * history lines follow one another as they were made.
 */
final class Backdating {

    private static final int TIME = Types.TIMESTAMP_WITH_TIMEZONE;
    private static final int ID = Types.BIGINT;

    private final List<Object[]> tickets = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<Object[]> messages = new ArrayList<>();
    private final List<Object[]> people = new ArrayList<>();

    void ticket(long ticketId, Instant created, Instant updated, Instant firstResponse, Instant resolved) {
        tickets.add(new Object[] {time(created), time(updated), time(firstResponse), time(resolved), ticketId});
    }

    /** The history lines of one version of a ticket: every version is one save. */
    void version(long ticketId, long version, Instant at) {
        history.add(new Object[] {time(at), ticketId, version});
    }

    void message(long messageId, Instant at) {
        messages.add(new Object[] {time(at), messageId});
    }

    /** People's accounts predate their first ticket. */
    void person(long userId, Instant at) {
        people.add(new Object[] {time(at), userId});
    }

    int messages() {
        return messages.size();
    }

    void applyWith(JdbcTemplate jdbc) {
        jdbc.batchUpdate("update ticket set created_at = ?, updated_at = ?, first_response_at = ?, resolved_at = ?"
                + " where id = ?", tickets, new int[] {TIME, TIME, TIME, TIME, ID});
        jdbc.batchUpdate("update ticket_history set at = ? where ticket_id = ? and version = ?", history,
                new int[] {TIME, ID, ID});
        jdbc.batchUpdate("update conversation_message set created_at = ? where id = ?", messages,
                new int[] {TIME, ID});
        jdbc.batchUpdate("update identity_user set created_at = ? where id = ?", people, new int[] {TIME, ID});
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
