package org.tessera.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;

/** Reads the plain strings of an HTML form into the values the ticket services take. */
final class FormValues {

    private final MultiValueMap<String, String> params;

    FormValues(MultiValueMap<String, String> params) {
        this.params = params;
    }

    String text(String name) {
        String value = params.getFirst(name);
        return value == null ? null : value.strip();
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    Integer integer(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "must be a number");
        }
    }

    Long id(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "must be an id");
        }
    }

    /** An id select where the empty choice means "none": absent field -> null (leave alone). */
    Optional<Long> optionalId(String name) {
        return has(name) ? Optional.ofNullable(id(name)) : null;
    }

    List<Long> ids(String name) {
        var ids = new ArrayList<Long>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (!value.isBlank()) {
                try {
                    ids.add(Long.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInput(name, "must be ids");
                }
            }
        }
        return ids;
    }

    /** "billing, urgent vip" -> [billing, urgent, vip] */
    List<String> words(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    /** The {@code cf.<key>} inputs of the given fields: checkboxes are false when unticked, empty inputs clear. */
    Map<String, Object> customFields(List<CustomFieldView> fields) {
        return customFields("cf.", fields);
    }

    Map<String, Object> customFields(String prefix, List<CustomFieldView> fields) {
        var values = new LinkedHashMap<String, Object>();
        for (CustomFieldView field : fields) {
            String name = prefix + field.key();
            List<String> raw = params.getOrDefault(name, List.of());
            if (field.kind() == FieldKind.CHECKBOX) {
                values.put(field.key(), raw.contains("true"));
            } else if (field.kind() == FieldKind.MULTI_SELECT) {
                values.put(field.key(), raw.stream().filter(v -> !v.isBlank()).toList());
            } else {
                String value = raw.isEmpty() ? null : raw.get(0).strip();
                values.put(field.key(), value == null || value.isEmpty() ? null : value);
            }
        }
        return values;
    }
}
