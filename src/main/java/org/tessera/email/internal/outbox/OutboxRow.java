package org.tessera.email.internal.outbox;

import java.time.Instant;
import java.util.List;
import org.tessera.email.OutboxEntry;
import org.tessera.email.OutboxEntry.Status;

/** A row of the outbox with everything needed to compose and send the email. */
public record OutboxRow(long id, String eventKey, String recipient, String recipientName, Long ticketId,
                        Long mailboxId, String fromAddress, String fromName, String replyTo, String messageId,
                        String inReplyTo, List<String> references, String threadTopic, String threadIndex,
                        String subject, String bodyText, String bodyHtml, List<Long> attachmentIds, boolean automatic,
                        boolean internal, Status status, int attempts, Instant nextAttemptAt, String lastError,
                        Instant sentAt, Instant createdAt) {

    public OutboxEntry entry() {
        return new OutboxEntry(id, eventKey, recipient, ticketId, fromAddress, subject, messageId, automatic, status,
                attempts, nextAttemptAt, lastError, sentAt, createdAt);
    }
}
