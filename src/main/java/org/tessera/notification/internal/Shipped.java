package org.tessera.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.tessera.notification.NotificationEvent;
import org.tessera.notification.TemplateText;

/**
 * The texts Tessera ships, in templates/notification/defaults/&lt;event&gt;.&lt;language&gt;.txt: a "Subject:" line, an
 * empty line, the body. They apply until an administrator changes them.
 */
public final class Shipped {

    private Shipped() {
    }

    public static TemplateText of(NotificationEvent event, String language) {
        var resource = new ClassPathResource("templates/notification/defaults/" + event.key() + "." + language
                + ".txt");
        if (!resource.exists()) {
            resource = new ClassPathResource("templates/notification/defaults/" + event.key() + ".en.txt");
        }
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int blank = text.indexOf("\n\n");
            String subject = text.substring(0, blank).replaceFirst("^Subject:\\s*", "").strip();
            return new TemplateText(event, language, subject, text.substring(blank + 2).stripTrailing(), false, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped template " + event.key() + " is missing", e);
        }
    }
}
