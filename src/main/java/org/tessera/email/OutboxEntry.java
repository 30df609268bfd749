package org.tessera.email;

import java.time.Instant;

/** An email in the outbox as administrators see it: to whom, about what, and how its sending went. */
public record OutboxEntry(long id, String eventKey, String recipient, Long ticketId, String fromAddress,
                          String subject, String messageId, boolean automatic, Status status, int attempts,
                          Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {

    public enum Status {
        /** Waiting to be sent (again, after a failed attempt, at nextAttemptAt). */
        QUEUED,
        /** Accepted by the outgoing server. */
        SENT,
        /** Given up: the server refused it for good, or every retry failed. */
        FAILED,
        /** Not sent on purpose: a loop guard held it (our own address, the rate limit). */
        SUPPRESSED,
        /** Sent, but a delivery report came back. */
        BOUNCED
    }
}
