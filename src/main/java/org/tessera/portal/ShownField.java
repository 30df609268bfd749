package org.tessera.portal;

import java.util.List;
import org.tessera.ticket.FieldKind;

/**
 * A form field as the page shows it: its label (null: the standard field's own, in the reader's language), help,
 * whether it is required, and for custom fields their kind and options.
 */
public record ShownField(String field, String label, String help, boolean required, FieldKind kind,
                         List<String> options) {

    public boolean isCustom() {
        return field.startsWith(FormField.CUSTOM);
    }

    public String customKey() {
        return isCustom() ? field.substring(FormField.CUSTOM.length()) : null;
    }

    /** The name of its input: {@code cf.<key>} for custom fields, like the agent's forms. */
    public String inputName() {
        return field;
    }

    public String inputId() {
        return "f-" + field.replace('.', '-');
    }
}
