package org.tessera.ticket.web;

import java.util.List;
import org.tessera.ticket.FieldKind;

/** Adds a custom field to one ticket type, or to every type; select kinds take their options one per line. */
record NewFieldForm(String key, String label, FieldKind kind, Boolean required, String options, Boolean allTypes) {

    /** An unticked checkbox sends nothing. */
    NewFieldForm {
        required = Boolean.TRUE.equals(required);
        allTypes = Boolean.TRUE.equals(allTypes);
    }

    static NewFieldForm empty() {
        return new NewFieldForm("", "", FieldKind.TEXT, false, "", false);
    }

    List<String> optionList() {
        return FieldForm.lines(options);
    }
}
