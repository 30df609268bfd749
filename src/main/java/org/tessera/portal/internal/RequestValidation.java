package org.tessera.portal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.portal.FormField;
import org.tessera.portal.Problem;
import org.tessera.portal.RequestInput;
import org.tessera.portal.ShownField;

/**
 * Reads a sent web form against its fields: required fields filled in, numbers, dates and choices as their custom
 * fields expect, lengths within what tickets take. Every problem names its field and a message of the portal's
 * bundle, so the form shows each one beside its input, in the reader's language.
 */
public final class RequestValidation {

    static final int MAX_SUBJECT = 250;
    static final int MAX_DESCRIPTION = 200_000;
    static final int MAX_TEXT = 1_000;
    static final int MAX_LONG_TEXT = 20_000;

    private RequestValidation() {
    }

    public record Valid(String subject, String description, Integer priority, Map<String, Object> custom) {
    }

    /** The values, or the problems found in them. */
    public static Valid read(RequestInput input, List<ShownField> fields, Map<String, Problem> problems) {
        String subject = input.text(FormField.SUBJECT).replaceAll("\\s+", " ");
        String description = input.text(FormField.DESCRIPTION);
        Integer priority = null;
        var custom = new LinkedHashMap<String, Object>();
        for (ShownField field : fields) {
            String name = field.field();
            if (field.isCustom()) {
                Object value = custom(field, input, problems);
                custom.put(field.customKey(), value);
                continue;
            }
            switch (name) {
                case FormField.SUBJECT -> {
                    if (subject.isEmpty()) {
                        problems.put(name, Problem.of("portal.form.error.required"));
                    } else if (subject.length() > MAX_SUBJECT) {
                        problems.put(name, Problem.of("portal.form.error.tooLong", MAX_SUBJECT));
                    }
                }
                case FormField.DESCRIPTION -> {
                    if (field.required() && description.isEmpty()) {
                        problems.put(name, Problem.of("portal.form.error.required"));
                    } else if (description.length() > MAX_DESCRIPTION) {
                        problems.put(name, Problem.of("portal.form.error.tooLong", MAX_DESCRIPTION));
                    }
                }
                case FormField.PRIORITY -> {
                    String raw = input.text(name);
                    if (raw.isEmpty()) {
                        if (field.required()) {
                            problems.put(name, Problem.of("portal.form.error.required"));
                        }
                    } else if (!raw.matches("[1-5]")) {
                        problems.put(name, Problem.of("portal.form.error.choice"));
                    } else {
                        priority = Integer.valueOf(raw);
                    }
                }
                case FormField.ATTACHMENTS -> {
                    if (field.required() && input.files().isEmpty()) {
                        problems.put(name, Problem.of("portal.form.error.file"));
                    }
                }
                default -> {
                }
            }
        }
        if (fields.stream().noneMatch(f -> f.field().equals(FormField.SUBJECT)) && subject.isEmpty()) {
            problems.put(FormField.SUBJECT, Problem.of("portal.form.error.required"));
        }
        return new Valid(subject, description, priority, custom);
    }

    private static Object custom(ShownField field, RequestInput input, Map<String, Problem> problems) {
        String name = field.field();
        String raw = input.text(name);
        switch (field.kind()) {
            case CHECKBOX -> {
                boolean ticked = input.all(name).contains("true");
                if (field.required() && !ticked) {
                    problems.put(name, Problem.of("portal.form.error.tick"));
                }
                return ticked;
            }
            case MULTI_SELECT -> {
                List<String> chosen = input.all(name);
                if (chosen.stream().anyMatch(o -> !field.options().contains(o))) {
                    problems.put(name, Problem.of("portal.form.error.choice"));
                } else if (field.required() && chosen.isEmpty()) {
                    problems.put(name, Problem.of("portal.form.error.chooseOne"));
                }
                return chosen.isEmpty() ? null : chosen;
            }
            default -> {
            }
        }
        if (raw.isEmpty()) {
            if (field.required()) {
                problems.put(name, Problem.of(field.kind() == org.tessera.ticket.FieldKind.SINGLE_SELECT
                        ? "portal.form.error.chooseOne" : "portal.form.error.required"));
            }
            return null;
        }
        switch (field.kind()) {
            case TEXT, LONG_TEXT -> {
                int max = field.kind() == org.tessera.ticket.FieldKind.TEXT ? MAX_TEXT : MAX_LONG_TEXT;
                if (raw.length() > max) {
                    problems.put(name, Problem.of("portal.form.error.tooLong", max));
                }
                return raw;
            }
            case NUMBER -> {
                try {
                    new BigDecimal(raw.replace(',', '.'));
                    return raw.replace(',', '.');
                } catch (NumberFormatException e) {
                    problems.put(name, Problem.of("portal.form.error.number"));
                    return null;
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(raw).toString();
                } catch (DateTimeParseException e) {
                    problems.put(name, Problem.of("portal.form.error.date"));
                    return null;
                }
            }
            case SINGLE_SELECT -> {
                if (!field.options().contains(raw)) {
                    problems.put(name, Problem.of("portal.form.error.choice"));
                    return null;
                }
                return raw;
            }
            default -> {
                return raw;
            }
        }
    }
}
