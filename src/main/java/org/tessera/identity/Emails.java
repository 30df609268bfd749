package org.tessera.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for what an email address looks like here, and its canonical form. */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+$");

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email.trim()).matches();
    }

    public static String canonical(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static String domainOf(String email) {
        return canonical(email).substring(email.trim().indexOf('@') + 1);
    }

    /** "ana.souza@example.com" -> "Ana Souza": a readable name for someone who never gave one. */
    public static String nameFrom(String email) {
        String local = email.trim().substring(0, email.trim().indexOf('@'));
        var name = new StringBuilder();
        for (String part : local.split("[._+-]+")) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return name.isEmpty() ? local : name.toString();
    }
}
