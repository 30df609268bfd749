package org.tessera.email.internal.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.email.internal.MailboxDirectory;

/**
 * Sends what the outbox holds, a few at a time, on one node (ShedLock) and without ever waiting for a row another
 * sender holds (SKIP LOCKED). A row is marked sent in the same transaction that sent it; a failure is retried with
 * growing pauses, about a day in all, unless the server refused the address for good.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 10;
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
            Duration.ofMinutes(40), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(12));

    private final OutboxRecords records;
    private final MailComposer composer;
    private final OutgoingServers senders;
    private final MailboxDirectory mailboxes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxDispatcher(OutboxRecords records, MailComposer composer, OutgoingServers senders, MailboxDirectory mailboxes,
                     PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.records = records;
        this.composer = composer;
        this.senders = senders;
        this.mailboxes = mailboxes;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(initialDelayString = "${tessera.mail.outbox-delay-ms:2000}",
            fixedDelayString = "${tessera.mail.outbox-delay-ms:2000}")
    @SchedulerLock(name = "email-outbox", lockAtMostFor = "PT10M")
    public void dispatch() {
        int sent;
        do {
            Integer done = transaction.execute(status -> sendBatch());
            sent = done == null ? 0 : done;
        } while (sent == BATCH);
    }

    private int sendBatch() {
        List<OutboxRow> due = records.lockDue(BATCH);
        for (OutboxRow row : due) {
            send(row);
        }
        return due.size();
    }

    private void send(OutboxRow row) {
        Instant now = clock.instant();
        String reserved = reservedDomain(row.recipient());
        if (reserved != null) {
            records.failed(row.id(), "Not sent: " + reserved + " is a reserved domain (RFC 2606) that no mail server "
                    + "serves, as the demo data's addresses are");
            return;
        }
        try {
            JavaMailSenderImpl sender = senders.forMailbox(row.mailboxId() == null ? null
                    : mailboxes.byId(row.mailboxId()).orElse(null));
            MimeMessage message = composer.compose(row, sender.getSession());
            sender.send(message);
            records.sent(row.id(), now);
        } catch (NoOutgoingServer unconfigured) {
            records.retryLater(row.id(), now.plus(Duration.ofMinutes(1)), unconfigured.getMessage(), false);
        } catch (MessagingException | RuntimeException failed) {
            String error = describe(failed);
            if (permanent(failed) || row.attempts() + 1 >= BACKOFF.size()) {
                log.warn("Outbox email {} to {} failed for good: {}", row.id(), row.recipient(), error);
                records.failed(row.id(), error);
            } else {
                records.retryLater(row.id(), now.plus(BACKOFF.get(row.attempts())), error, true);
            }
        }
    }

    /** The recipient's domain when it is under .example or .invalid, which can never receive mail; otherwise null. */
    static String reservedDomain(String recipient) {
        String domain = recipient == null ? "" : recipient.substring(recipient.lastIndexOf('@') + 1).strip()
                .toLowerCase(Locale.ROOT).replaceFirst("[.>]+$", "");
        return domain.endsWith(".example") || domain.equals("example") || domain.endsWith(".invalid") ? domain : null;
    }

    /** The server said no to the address or the message itself (5xx): trying again would not help. */
    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // The SMTP provider's exceptions carry the server's reply, which starts with its code.
            boolean refused = t instanceof MessagingException && String.valueOf(t.getMessage()).matches("(?s)^5\\d\\d[ -].*");
            if (refused || t instanceof AddressException) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception e : send.getFailedMessages().values()) {
                    if (permanent(e)) {
                        return true;
                    }
                }
            }
            if (t instanceof SendFailedException sf && sf.getNextException() != null && permanent(sf.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return failure == root ? message : failure.getClass().getSimpleName() + ": " + message;
    }
}
