package org.tessera.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind of request, in one language: the ticket it makes (type, team, tags, custom field values) and the lines
 * its conversation is built from. Written as "key: value" lines so that the texts read like texts; in them
 * {first} is the requester's first name, {org} their organization and {n} a reference number.
 */
record Topic(Language language, String type, String team, int weight, List<String> tags, String system,
             boolean billed, List<String> subjects, Map<String, String> lines) {

    private static final List<String> REQUIRED = List.of("type", "team", "tags", "subject", "description", "reply",
            "ask", "info", "solution", "thanks", "note", "nudge");

    String line(String key) {
        return lines.get(key);
    }

    static Topic parse(Language language, String block) {
        var values = new LinkedHashMap<String, String>();
        var subjects = new ArrayList<String>();
        for (String row : block.strip().split("\n")) {
            int colon = row.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("Not a 'key: value' line in a demo topic: " + row);
            }
            String key = row.substring(0, colon).strip();
            String value = row.substring(colon + 1).strip();
            if (key.equals("subject")) {
                subjects.add(value);
            }
            values.put(key, value);
        }
        var missing = REQUIRED.stream().filter(k -> !values.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("A demo topic lacks " + missing + ": " + block);
        }
        return new Topic(language, values.get("type"), values.get("team"),
                Integer.parseInt(values.getOrDefault("weight", "2")),
                Arrays.stream(values.get("tags").split(",")).map(String::strip).toList(), values.get("system"),
                "yes".equals(values.get("billed")), List.copyOf(subjects), Map.copyOf(values));
    }
}
