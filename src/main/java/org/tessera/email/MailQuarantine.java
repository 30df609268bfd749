package org.tessera.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.FileStore;
import org.tessera.email.internal.intake.Quarantine;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;

/**
 * Emails held back instead of taken in, for administrators: each with its reason and its original, to be tried
 * again (after fixing what held it, or with a newer parser) or discarded.
 */
@Service
@Transactional(readOnly = true)
public class MailQuarantine {

    private final Quarantine quarantine;
    private final MailIntake intake;
    private final FileStore files;
    private final Clock clock;

    MailQuarantine(Quarantine quarantine, MailIntake intake, FileStore files, Optional<Clock> clock) {
        this.quarantine = quarantine;
        this.intake = intake;
        this.files = files;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<QuarantineEntry> waiting(Actor actor) {
        requireAdmin(actor);
        return quarantine.waiting();
    }

    public List<QuarantineEntry> recent(Actor actor) {
        requireAdmin(actor);
        return quarantine.recent(200);
    }

    public int countWaiting() {
        return quarantine.countWaiting();
    }

    public RawEmail raw(long id, Actor actor) {
        requireAdmin(actor);
        QuarantineEntry entry = entry(id);
        return new RawEmail(files.path(quarantine.rawOf(id)), "held-" + id + ".eml", entry.rawSize());
    }

    /** Takes the email in again; if it is held again, a new entry says why. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IntakeResult retry(long id, Actor actor) {
        requireAdmin(actor);
        QuarantineEntry entry = waitingEntry(id);
        byte[] raw;
        try {
            raw = files.read(quarantine.rawOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        quarantine.release(id, actor.userId(), "tried again", Instant.now(clock));
        IntakeResult result = intake.receive(raw, new Arrival(entry.receivedVia(), entry.mailboxId(), List.of()));
        quarantine.release(id, actor.userId(), result.isQuarantined() ? "held again: " + result.reason()
                : result.duplicate() ? "already received" : "taken in as ticket #" + result.ticketNumber(),
                Instant.now(clock));
        return result;
    }

    @Transactional
    public void discard(long id, Actor actor) {
        requireAdmin(actor);
        waitingEntry(id);
        quarantine.release(id, actor.userId(), "discarded", Instant.now(clock));
    }

    private QuarantineEntry waitingEntry(long id) {
        QuarantineEntry entry = entry(id);
        if (!entry.waiting()) {
            throw new Conflict("id", "This email was dealt with already: " + entry.outcome());
        }
        return entry;
    }

    private QuarantineEntry entry(long id) {
        return quarantine.byId(id).orElseThrow(() -> new NotFound("Held email " + id));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators handle held emails");
        }
    }
}
