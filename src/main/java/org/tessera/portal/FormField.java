package org.tessera.portal;

import java.util.List;

/**
 * One field of a web form, in the form's order: a standard field of tickets ({@link #STANDARD}) or a custom field of
 * the form's ticket type ({@code cf.<key>}). A null label means the field's own name; help is shown under the input.
 */
public record FormField(String field, String label, String help, boolean required) {

    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String ATTACHMENTS = "attachments";
    public static final List<String> STANDARD = List.of(SUBJECT, DESCRIPTION, PRIORITY, ATTACHMENTS);
    public static final String CUSTOM = "cf.";

    public boolean isCustom() {
        return field.startsWith(CUSTOM);
    }

    public String customKey() {
        return isCustom() ? field.substring(CUSTOM.length()) : null;
    }
}
