package org.tessera.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tessera.shared.InvalidInput;

/** Colours as administrators give them (#rrggbb), and what the pages derive from them. */
final class Colors {

    private static final Pattern HEX = Pattern.compile("^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$");

    private Colors() {
    }

    /** "#ABC", "abc" and "#aabbcc" all become "#aabbcc"; empty means the default (null). */
    static String clean(String field, String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        var matcher = HEX.matcher(color.strip());
        if (!matcher.matches()) {
            throw new InvalidInput(field, "must be a colour such as #1f2a44");
        }
        String hex = matcher.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    /** WCAG relative luminance; white text is kept a little past the strict midpoint, as brand colours usually want it. */
    static boolean isDark(String hex) {
        int[] c = rgb(hex);
        double l = 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
        return l < 0.3;
    }

    static String darker(String hex, double factor) {
        int[] c = rgb(hex);
        return String.format("#%02x%02x%02x", (int) (c[0] * factor), (int) (c[1] * factor), (int) (c[2] * factor));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
