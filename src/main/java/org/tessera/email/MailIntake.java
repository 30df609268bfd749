package org.tessera.email;

import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.conversation.FileStore;
import org.tessera.email.internal.EmailSettings;
import org.tessera.email.internal.intake.Intake;
import org.tessera.email.internal.intake.Reparsing;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;

/**
 * The one way an email enters Tessera, whichever way it came (a polled mailbox, the SMTP receiver, an upload, the
 * API). The raw original is kept first, then the email is taken in within one transaction, so that its ticket, its
 * message and its record appear together or not at all. If taking it in fails, it is held in quarantine with the
 * reason instead; only an unavailable database makes this fail, and then the caller keeps the email to try again.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    private final Intake intake;
    private final FileStore files;
    private final EmailSettings settings;
    private final TransactionTemplate transaction;
    private final Reparsing reparsing;

    MailIntake(Intake intake, FileStore files, EmailSettings settings, PlatformTransactionManager transactions,
               Reparsing reparsing) {
        this.intake = intake;
        this.reparsing = reparsing;
        this.files = files;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    public IntakeResult receive(byte[] raw, Arrival arrival) {
        // Kept before anything else: whatever happens next, the original is never lost.
        String sha256 = files.keep(new ByteArrayInputStream(raw), "email.eml", Long.MAX_VALUE);
        try {
            return transaction.execute(status -> intake.take(raw, sha256, arrival,
                    settings.maxMessageSize().toBytes()));
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException
                 | TransientDataAccessException unavailable) {
            throw unavailable;
        } catch (RuntimeException failed) {
            log.warn("An email ({}) could not be taken in; it is held in quarantine", arrival.via(), failed);
            return transaction.execute(status -> intake.hold(raw, sha256, arrival,
                    "it could not be taken in: " + failed.getMessage()));
        }
    }

    /**
     * Reads an email's original again, with today's parser, and replaces its message's text, HTML and files: for a
     * message the parser once got wrong. Where it was threaded stays as it is.
     */
    public void reparse(long emailId, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents parse emails again");
        }
        transaction.executeWithoutResult(status -> reparsing.reparse(emailId));
    }

    /** An upload or API call: only staff bring email in by hand. */
    public IntakeResult receive(byte[] raw, Arrival arrival, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents import emails");
        }
        return receive(raw, arrival);
    }
}
