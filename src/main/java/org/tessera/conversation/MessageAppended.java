package org.tessera.conversation;

import java.time.Instant;

/** A reply or internal note was added to a ticket. */
public record MessageAppended(long messageId, long ticketId, Long authorId, Visibility visibility, String channel,
                              Instant at) {
}
