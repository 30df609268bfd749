package org.tessera.conversation;

import java.time.Instant;
import java.util.List;
import org.tessera.identity.UserSummary;

/** A message as its readers see it; {@code body} is plain text. */
public record MessageView(long id, long ticketId, Visibility visibility, String body, UserSummary author,
                          List<AttachmentView> attachments, String channel, Instant createdAt) {

    public boolean internal() {
        return visibility == Visibility.INTERNAL;
    }
}
