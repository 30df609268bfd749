package org.tessera.ticket.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.TicketEdit;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PATCH body field by field, so that an absent field (leave alone) differs from {@code null} (clear), and
 * every unknown field or wrong type is refused by name.
 */
record TicketPatch(TicketEdit edit, String requesterEmail, Long version) {

    private static final Set<String> FIELDS = Set.of("subject", "description", "type", "status", "priority",
            "assigneeId", "teamId", "requesterId", "requesterEmail", "tags", "dueAt", "customFields", "followerIds",
            "version");

    static TicketPatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInput(name, "is not a field that can be changed");
            }
        }
        Long requesterId = optionalId(body, "requesterId").flatMap(o -> o).orElse(null);
        var edit = new TicketEdit(text(body, "subject"), text(body, "description"), text(body, "type"),
                text(body, "status"), integer(body, "priority"), optionalId(body, "assigneeId").orElse(null),
                optionalId(body, "teamId").orElse(null), requesterId, strings(body, "tags"), dueAt(body),
                customFields(body), ids(body, "followerIds"));
        return new TicketPatch(edit, text(body, "requesterEmail"), longValue(body, "version"));
    }

    static Long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be the ticket's version");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInput(field, "must be a string");
        }
        return value.asString();
    }

    private static Integer integer(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidInput(field, "must be a whole number");
        }
        return value.asInt();
    }

    private static Long longValue(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidInput(field, "must be a whole number");
        }
        return value.asLong();
    }

    /** Absent: null; JSON null: Optional.of(Optional.empty()) (clear); a number: the id. */
    private static Optional<Optional<Long>> optionalId(JsonNode body, String field) {
        if (!body.has(field)) {
            return Optional.empty();
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return Optional.of(Optional.empty());
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidInput(field, "must be an id or null");
        }
        return Optional.of(Optional.of(value.asLong()));
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInput(field, "must be a list of strings");
        }
        var result = new ArrayList<String>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new InvalidInput(field, "must be a list of strings");
            }
            result.add(item.asString());
        }
        return result;
    }

    private static List<Long> ids(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInput(field, "must be a list of ids");
        }
        var result = new ArrayList<Long>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber()) {
                throw new InvalidInput(field, "must be a list of ids");
            }
            result.add(item.asLong());
        }
        return result;
    }

    private static Optional<Instant> dueAt(JsonNode body) {
        if (!body.has("dueAt")) {
            return null;
        }
        String value = text(body, "dueAt");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("dueAt", "must be a timestamp such as 2026-12-01T17:00:00Z");
        }
    }

    private static Map<String, Object> customFields(JsonNode body) {
        JsonNode value = body.get("customFields");
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidInput("customFields", "must be an object of field keys and values");
        }
        var result = new LinkedHashMap<String, Object>();
        for (var entry : value.properties()) {
            JsonNode v = entry.getValue();
            Object plain;
            if (v.isNull()) {
                plain = null;
            } else if (v.isBoolean()) {
                plain = v.asBoolean();
            } else if (v.isNumber()) {
                plain = v.numberValue();
            } else if (v.isArray()) {
                var items = new ArrayList<Object>();
                v.forEach(item -> items.add(item.asString()));
                plain = items;
            } else if (v.isString()) {
                plain = v.asString();
            } else {
                throw new InvalidInput("customFields." + entry.getKey(), "has the wrong type");
            }
            result.put(entry.getKey(), plain);
        }
        return result;
    }
}
