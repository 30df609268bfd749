package org.tessera.ticket.internal;

import java.util.ArrayList;
import java.util.List;
import org.tessera.ticket.FieldChange;

/** Collects the field changes of one use case, to be written to the ticket's history in one go. */
public class ChangeLog {

    private final List<FieldChange> changes = new ArrayList<>();

    public void record(String field, String oldValue, String newValue) {
        changes.add(new FieldChange(field, oldValue, newValue));
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
