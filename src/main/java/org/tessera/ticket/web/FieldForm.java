package org.tessera.ticket.web;

import java.util.List;
import org.tessera.ticket.CustomFieldView;

/** Changes a custom field; its key and kind stay, because tickets already hold values under them. */
record FieldForm(String label, Boolean required, String options, Integer position, Boolean active) {

    /** An unticked checkbox sends nothing. */
    FieldForm {
        required = Boolean.TRUE.equals(required);
        active = Boolean.TRUE.equals(active);
    }

    static FieldForm of(CustomFieldView field) {
        return new FieldForm(field.label(), field.required(), String.join("\n", field.options()), field.position(),
                field.active());
    }

    List<String> optionList() {
        return lines(options);
    }

    int wholePosition() {
        return Positions.require(position);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
