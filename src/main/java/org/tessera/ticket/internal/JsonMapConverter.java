package org.tessera.ticket.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Custom field values live in one jsonb column: indexable with GIN, flexible per ticket type. */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, Object> values) {
        return JSON.writeValueAsString(values == null ? Map.of() : values);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>() : JSON.readValue(json, MAP);
    }

    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }
}
