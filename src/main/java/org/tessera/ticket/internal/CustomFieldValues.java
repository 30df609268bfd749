package org.tessera.ticket.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.ticket.CustomFieldView;

/**
 * Checks custom field input against the definitions of the ticket's type and turns it into the stored form:
 * text as strings, numbers as numbers, dates as ISO strings, selections as option strings, checkboxes as booleans.
 * A null or empty value means "no value".
 */
public final class CustomFieldValues {

    static final int MAX_TEXT = 1_000;
    static final int MAX_LONG_TEXT = 20_000;

    private CustomFieldValues() {
    }

    /** Normalized values by key; null values stand for removal. Violations name {@code customFields.<key>}. */
    public static Map<String, Object> normalize(Map<String, Object> input, List<CustomFieldView> fields) {
        var result = new LinkedHashMap<String, Object>();
        var violations = new ArrayList<Violation>();
        for (var entry : input.entrySet()) {
            CustomFieldView field = fields.stream().filter(f -> f.key().equals(entry.getKey())).findFirst().orElse(null);
            if (field == null) {
                violations.add(new Violation("customFields." + entry.getKey(), "is not a field of this ticket type"));
                continue;
            }
            try {
                result.put(field.key(), normalize(field, entry.getValue()));
            } catch (IllegalArgumentException wrong) {
                violations.add(new Violation("customFields." + field.key(), wrong.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return result;
    }

    /** Every required field of the type must have a value in {@code values}. */
    public static void requirePresent(Map<String, Object> values, List<CustomFieldView> fields) {
        var missing = fields.stream()
                .filter(CustomFieldView::required)
                .filter(f -> values.get(f.key()) == null)
                .map(f -> new Violation("customFields." + f.key(), f.label() + " is required"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }

    static Object normalize(CustomFieldView field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> text(value, MAX_TEXT);
            case LONG_TEXT -> text(value, MAX_LONG_TEXT);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case SINGLE_SELECT -> option(field, value);
            case MULTI_SELECT -> options(field, value);
            case CHECKBOX -> checkbox(value);
        };
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("must be text");
        }
        String clean = s.strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException("must have at most " + max + " characters");
        }
        return clean;
    }

    private static Number number(Object value) {
        BigDecimal decimal;
        try {
            decimal = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        decimal = decimal.stripTrailingZeros();
        if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return decimal.longValueExact();
        }
        double stored = decimal.doubleValue();
        // "1e400" would be stored as Infinity and "1e-400" as 0: neither is the number that was typed.
        if (Double.isInfinite(stored) || stored == 0 && decimal.signum() != 0) {
            throw new IllegalArgumentException("is out of range");
        }
        return stored;
    }

    private static String date(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value).trim()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
        }
    }

    private static String option(CustomFieldView field, Object value) {
        if (!(value instanceof String s) || !field.options().contains(s.trim())) {
            throw new IllegalArgumentException("must be one of " + field.options());
        }
        return s.trim();
    }

    private static List<String> options(CustomFieldView field, Object value) {
        Collection<?> chosen = value instanceof Collection<?> c ? c
                : value instanceof String s ? Arrays.asList(s.split("\\s*,\\s*")) : null;
        if (chosen == null) {
            throw new IllegalArgumentException("must be a list of options");
        }
        var result = new ArrayList<String>();
        for (Object option : chosen) {
            String o = String.valueOf(option).trim();
            if (!field.options().contains(o)) {
                throw new IllegalArgumentException("'" + o + "' is not one of " + field.options());
            }
            if (!result.contains(o)) {
                result.add(o);
            }
        }
        result.sort((a, b) -> Integer.compare(field.options().indexOf(a), field.options().indexOf(b)));
        return result.isEmpty() ? null : result;
    }

    private static Boolean checkbox(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (String.valueOf(value).trim().toLowerCase()) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }
}
