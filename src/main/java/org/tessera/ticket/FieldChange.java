package org.tessera.ticket;

/**
 * One field of a ticket changed: raw stored values (ids for status, assignee, team, type, requester), which views
 * turn into names.
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
