package org.tessera.email;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.email.OutboxEntry.Status;
import org.tessera.email.internal.outbox.Letters;
import org.tessera.email.internal.outbox.OutboxRecords;
import org.tessera.email.internal.outbox.OutboxRow;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;

/**
 * Every email Tessera sends goes through here: queued in the caller's transaction (so it exists exactly when what
 * it tells about was committed), sent after commit by the dispatcher, once per event and recipient, with its
 * threading headers chosen here. Administrators see every email and its status, and may send a failed one again.
 */
@Service
@Transactional
public class Outbox {

    private final Letters letters;
    private final OutboxRecords records;

    Outbox(Letters letters, OutboxRecords records) {
        this.letters = letters;
        this.records = records;
    }

    /** Queues the email; empty when it was queued for this event and recipient before, or when nobody is to get it. */
    public Optional<OutboxEntry> queue(OutgoingMail mail) {
        return letters.write(mail).flatMap(row -> records.insert(row).flatMap(records::byId)).map(OutboxRow::entry);
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(Status status, Long ticketId, int limit, Actor actor) {
        requireAdmin(actor);
        return records.recent(status, ticketId, Math.max(1, Math.min(limit, 500))).stream().map(OutboxRow::entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Status, Integer> counts(Actor actor) {
        requireAdmin(actor);
        return records.counts();
    }

    /** What was sent about a ticket, for the agents who work it. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> aboutTicket(long ticketId, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents see the outbox");
        }
        return records.recent(null, ticketId, 200).stream().map(OutboxRow::entry).toList();
    }

    /** A failed (or still waiting) email goes out at the next round, its retries counted afresh. */
    public OutboxEntry sendAgain(long id, Actor actor) {
        requireAdmin(actor);
        records.byId(id).orElseThrow(() -> new NotFound("Outbox email " + id));
        records.requeue(id);
        return records.byId(id).orElseThrow().entry();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators manage the outbox");
        }
    }
}
