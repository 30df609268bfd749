package org.tessera.conversation;

/** An attachment as lists and the API show it. {@code messageId} is null for files that came with the ticket. */
public record AttachmentView(long id, Long messageId, String filename, String contentType, long size) {
}
