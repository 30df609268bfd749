/**
 * The ticket aggregate and its configuration: numbers, types with their statuses and transitions, priority,
 * assignment, followers, tags, custom fields and the history of every change. Publishes {@link
 * org.tessera.ticket.TicketOpened} and {@link org.tessera.ticket.TicketChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ticket")
package org.tessera.ticket;
