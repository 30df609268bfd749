package org.tessera.ticket;

/**
 * A named ticket view: built in (with a key such as {@code my-open}) or saved by someone, personal or shared.
 * {@code query} is the view's query string; {@code id} is null for built-in views.
 */
public record ViewDefinition(Long id, String key, String name, String query, boolean shared, Long ownerId) {

    public boolean builtIn() {
        return id == null;
    }

    public String handle() {
        return builtIn() ? key : String.valueOf(id);
    }

    public TicketQuery ticketQuery() {
        return TicketQuery.parse(query);
    }
}
