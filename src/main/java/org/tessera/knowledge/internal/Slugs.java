package org.tessera.knowledge.internal;

import java.text.Normalizer;
import java.util.Locale;

/** "Como configurar a VPN?" -> "como-configurar-a-vpn": readable article addresses. */
public final class Slugs {

    private static final int MAX = 60;

    private Slugs() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
