package org.tessera.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import org.tessera.conversation.MessageAppended;
import org.tessera.identity.Actor;
import org.tessera.shared.NotFound;
import org.tessera.ticket.TicketChanged;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketOpened;
import org.tessera.ticket.TicketQueries;

/**
 * Keeps, per ticket, the moments time rules measure from: created, last updated, and since when it has its status.
 * Written in the transaction of the change itself, just before it commits: one row upserted, no event record, no
 * second transaction, and the ticket is read from the change's own session. Each event only moves a moment forward.
 */
@Component
class TicketClocks {

    private final JdbcClient jdbc;
    private final TicketQueries tickets;

    TicketClocks(JdbcClient jdbc, TicketQueries tickets) {
        this.jdbc = jdbc;
        this.tickets = tickets;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketOpened opened) {
        refresh(opened.ticketId(), null, opened.at());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketChanged changed) {
        refresh(changed.ticketId(), changed.changed("status") ? changed.at() : null, changed.at());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MessageAppended appended) {
        refresh(appended.ticketId(), null, appended.at());
    }

    /**
     * {@code statusChangedAt}: when the status changed, if this event changed it; {@code activityAt}: when the event
     * happened (a message's activity is written with a plain UPDATE the ticket read here may not show yet).
     */
    void refresh(long ticketId, Instant statusChangedAt, Instant activityAt) {
        TicketDetails t;
        try {
            t = tickets.get(ticketId, Actor.system());
        } catch (NotFound gone) {
            return;
        }
        // A ticket whose past was rewritten (demo data, imports) has its status since its last update.
        Instant since = statusChangedAt != null && !t.updatedAt().isBefore(statusChangedAt) ? statusChangedAt
                : statusChangedAt != null ? t.updatedAt() : null;
        jdbc.sql("""
                insert into automation_ticket_clock (ticket_id, status_category, created_at, updated_at, status_since)
                values (:id, :category, :created, :updated, coalesce(cast(:since as timestamptz), :updated))
                on conflict (ticket_id) do update set status_category = excluded.status_category,
                    created_at = excluded.created_at, updated_at = excluded.updated_at,
                    status_since = case when cast(:since as timestamptz) is null then
                            case when automation_ticket_clock.status_category = excluded.status_category
                                 then automation_ticket_clock.status_since else excluded.updated_at end
                        else greatest(automation_ticket_clock.status_since, cast(:since as timestamptz)) end""")
                .param("id", ticketId).param("category", t.status().category().name())
                .param("created", Timestamp.from(t.createdAt()))
                .param("updated", Timestamp.from(activityAt.isAfter(t.updatedAt()) ? activityAt : t.updatedAt()))
                .param("since", since == null ? null : since.atOffset(java.time.ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }
}
