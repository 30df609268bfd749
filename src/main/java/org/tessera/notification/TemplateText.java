package org.tessera.notification;

import java.time.Instant;

/** A notification template: its subject and body for one event and language, and whether an admin changed it. */
public record TemplateText(NotificationEvent event, String language, String subject, String body, boolean customized,
                           Instant updatedAt) {
}
