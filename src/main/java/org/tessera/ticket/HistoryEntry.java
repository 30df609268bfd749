package org.tessera.ticket;

import java.time.Instant;
import org.tessera.identity.UserSummary;

/** A history line ready to show: ids already turned into names. A null actor means the system did it. */
public record HistoryEntry(long id, long version, UserSummary actor, Instant at, String field, String oldValue,
                           String newValue) {
}
