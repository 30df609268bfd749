package org.tessera.ticket;

import java.time.Instant;
import org.tessera.identity.UserSummary;

/**
 * A history line ready to show: ids already turned into names. A null actor means the system did it; {@code via}
 * names what acted (an automation rule, say), or is null.
 */
public record HistoryEntry(long id, long version, UserSummary actor, String via, Instant at, String field,
                           String oldValue, String newValue) {
}
