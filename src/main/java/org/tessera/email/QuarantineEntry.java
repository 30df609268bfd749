package org.tessera.email;

import java.time.Instant;

/** An inbound email held back instead of taken in, with the reason; the raw original is kept. */
public record QuarantineEntry(long id, String messageId, long rawSize, Long mailboxId, String receivedVia,
                              Instant receivedAt, String fromAddress, String subject, String reason,
                              Instant releasedAt, String outcome) {

    public boolean waiting() {
        return releasedAt == null;
    }
}
