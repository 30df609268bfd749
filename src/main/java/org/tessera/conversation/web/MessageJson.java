package org.tessera.conversation.web;

import java.time.Instant;
import java.util.List;
import org.tessera.conversation.AttachmentView;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;

/** A message in the API; {@code body} is plain text. */
record MessageJson(long id, long ticketId, Visibility visibility, String body, Author author,
                   List<AttachmentJson> attachments, String channel, Instant createdAt) {

    record Author(long id, String email, String name) {
    }

    record AttachmentJson(long id, String filename, String contentType, long size, String url) {
        static AttachmentJson of(AttachmentView a) {
            return new AttachmentJson(a.id(), a.filename(), a.contentType(), a.size(), "/api/v1/attachments/" + a.id());
        }
    }

    static MessageJson of(MessageView m) {
        return new MessageJson(m.id(), m.ticketId(), m.visibility(), m.body(),
                m.author() == null ? null : new Author(m.author().id(), m.author().email(), m.author().displayName()),
                m.attachments().stream().map(AttachmentJson::of).toList(), m.channel(), m.createdAt());
    }
}
