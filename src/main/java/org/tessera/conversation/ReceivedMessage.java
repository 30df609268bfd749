package org.tessera.conversation;

import java.util.List;

/**
 * A message a channel received on a ticket (an email, say), recorded as from its author: the channel has already
 * decided which ticket it belongs to and who wrote it, so no reading rights are checked. {@code html}, when present,
 * must already be sanitized; {@code text} is its plain version.
 */
public record ReceivedMessage(long ticketId, long authorId, Visibility visibility, String text, String html,
                              List<ReceivedFile> files, String channel) {
}
