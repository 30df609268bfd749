package org.tessera.ticket;

import java.util.List;

/** A custom field definition; {@code typeId} null means it belongs to every type. */
public record CustomFieldView(long id, Long typeId, String key, String label, FieldKind kind, boolean required,
                              List<String> options, int position, boolean active) {

    public boolean appliesTo(long ticketTypeId) {
        return active && (typeId == null || typeId == ticketTypeId);
    }
}
