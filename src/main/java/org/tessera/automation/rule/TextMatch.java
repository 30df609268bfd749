package org.tessera.automation.rule;

import java.text.Normalizer;
import java.util.Locale;

/** How a text value compares, ignoring case and accents. */
public enum TextMatch {
    IS, IS_NOT, CONTAINS, ENDS_WITH, IS_EMPTY, IS_SET;

    public boolean holds(String actual, String wanted) {
        String a = fold(actual);
        String w = fold(wanted);
        return switch (this) {
            case IS -> a.equals(w);
            case IS_NOT -> !a.equals(w);
            case CONTAINS -> !w.isEmpty() && a.contains(w);
            case ENDS_WITH -> !w.isEmpty() && a.endsWith(w);
            case IS_EMPTY -> a.isEmpty();
            case IS_SET -> !a.isEmpty();
        };
    }

    public boolean needsValue() {
        return this != IS_EMPTY && this != IS_SET;
    }

    /** Lowercase without accents: "Açaí" and "acai" are the same word to a rule. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
