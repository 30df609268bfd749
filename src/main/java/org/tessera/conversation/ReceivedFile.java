package org.tessera.conversation;

/**
 * A file that came with a received message. An inline one (an image in an HTML email) is shown where the HTML
 * refers to it as {@code cid:contentId} rather than in the list of attachments.
 */
public record ReceivedFile(Upload file, String contentId, boolean inline) {
}
