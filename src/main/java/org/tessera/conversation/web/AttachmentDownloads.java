package org.tessera.conversation.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tessera.conversation.Conversations;
import org.tessera.identity.Actor;

/** Attachment downloads for signed-in browsers, under the same rules as the API. */
@Controller
class AttachmentDownloads {

    private final Conversations conversations;

    AttachmentDownloads(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, Actor actor) {
        return Downloads.of(conversations.download(id, actor));
    }
}
