package org.tessera.notification;

import java.util.List;

/** A template filled with sample values, as a recipient would read it, and the placeholders it does not know. */
public record Preview(String subject, String text, String html, List<String> unknownPlaceholders) {
}
