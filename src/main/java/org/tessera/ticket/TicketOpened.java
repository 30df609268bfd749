package org.tessera.ticket;

import java.time.Instant;

/** A ticket was opened, from whatever channel. */
public record TicketOpened(long ticketId, long number, Long actorId, String channel, Instant at) {
}
