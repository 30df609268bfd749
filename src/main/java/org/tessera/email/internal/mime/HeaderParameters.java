package org.tessera.email.internal.mime;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A structured header such as Content-Type or Content-Disposition: its value ("text/plain", "attachment") and its
 * parameters, with RFC 2231 extended and continued parameters joined and decoded, and the common non-standard
 * forms (encoded words inside quotes, unquoted values with spaces) accepted.
 */
public record HeaderParameters(String value, Map<String, String> parameters) {

    public static HeaderParameters parse(String header) {
        if (header == null) {
            return new HeaderParameters("", Map.of());
        }
        var segments = split(header);
        String value = segments.isEmpty() ? "" : segments.get(0).trim().toLowerCase(Locale.ROOT);
        var plain = new LinkedHashMap<String, String>();
        var extended = new LinkedHashMap<String, TreeMap<Integer, String[]>>();
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            int equals = segment.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = segment.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String raw = segment.substring(equals + 1).trim();
            String text = AddressParser.unquote(raw);
            boolean encoded = name.endsWith("*");
            String base = encoded ? name.substring(0, name.length() - 1) : name;
            int star = base.indexOf('*');
            if (star > 0 || encoded) {
                int index = 0;
                if (star > 0) {
                    try {
                        index = Integer.parseInt(base.substring(star + 1));
                    } catch (NumberFormatException ignored) {
                        index = 0;
                    }
                    base = base.substring(0, star);
                }
                extended.computeIfAbsent(base, k -> new TreeMap<>()).put(index,
                        new String[] {encoded ? "1" : "0", raw.startsWith("\"") ? text : raw});
            } else {
                plain.putIfAbsent(name, EncodedWords.decode(text));
            }
        }
        extended.forEach((name, parts) -> plain.put(name, joinExtended(parts)));
        return new HeaderParameters(value, plain);
    }

    public String get(String name) {
        return parameters.get(name);
    }

    private static String joinExtended(TreeMap<Integer, String[]> parts) {
        String charset = null;
        var bytes = new ByteArrayOutputStream();
        boolean first = true;
        for (String[] part : parts.values()) {
            String text = part[1];
            if (part[0].equals("1")) {
                if (first) {
                    int quote = text.indexOf('\'');
                    int second = quote < 0 ? -1 : text.indexOf('\'', quote + 1);
                    if (second > 0) {
                        charset = text.substring(0, quote);
                        text = text.substring(second + 1);
                    }
                }
                percentDecode(text, bytes);
            } else {
                bytes.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            first = false;
        }
        String decoded = Charsets.decode(bytes.toByteArray(), charset == null || charset.isEmpty() ? "utf-8" : charset);
        return EncodedWords.decode(decoded);
    }

    private static void percentDecode(String text, ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() + 0 && i + 2 <= text.length() - 1 + 0
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** Split on semicolons outside quotes. */
    private static java.util.List<String> split(String header) {
        var out = new java.util.ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\' && quoted && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }
}
