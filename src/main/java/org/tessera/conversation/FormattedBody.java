package org.tessera.conversation;

import java.util.Map;

/**
 * The HTML of a message that arrived formatted, with its inline images: {@code cid:} references and the attachment
 * each one names ({@code contentId -> attachment id}).
 */
public record FormattedBody(long messageId, String html, Map<String, Long> inlineAttachments) {
}
