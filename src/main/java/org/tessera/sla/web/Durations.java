package org.tessera.sla.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Targets as people type them: "4h", "30m", "1h 30m", or plain minutes ("90"). */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([hm])");

    private Durations() {
    }

    /** Minutes, or null for an empty input; IllegalArgumentException for anything else. */
    static Integer minutes(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d+")) {
            return Integer.parseInt(t);
        }
        Matcher m = PART.matcher(t);
        int total = 0;
        int consumed = 0;
        while (m.find()) {
            if (!t.substring(consumed, m.start()).isBlank()) {
                throw new IllegalArgumentException("'" + text + "' is not a duration such as 4h or 1h 30m");
            }
            total += Integer.parseInt(m.group(1)) * (m.group(2).equals("h") ? 60 : 1);
            consumed = m.end();
        }
        if (consumed == 0 || !t.substring(consumed).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 4h or 1h 30m");
        }
        return total;
    }

    static String text(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + "m" : m == 0 ? h + "h" : h + "h " + m + "m";
    }
}
