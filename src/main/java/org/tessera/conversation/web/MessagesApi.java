package org.tessera.conversation.web;

import java.net.URI;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.MultipartUpload;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;

/** REST API v1 for a ticket's conversation and attachments. */
@RestController
class MessagesApi {

    private final Conversations conversations;

    MessagesApi(Conversations conversations) {
        this.conversations = conversations;
    }

    record NewMessage(String body, Visibility visibility) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/tickets/{ticketId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageJson> post(@PathVariable long ticketId, @RequestBody NewMessage request, Actor actor) {
        MessageView message = conversations.append(ticketId, request.body(), request.visibility(), List.of(), "api",
                actor);
        return created(message);
    }

    @GetMapping("/api/v1/tickets/{ticketId}/messages")
    List<MessageJson> list(@PathVariable long ticketId, Actor actor) {
        return conversations.messages(ticketId, actor).stream().map(MessageJson::of).toList();
    }

    /** Files with an optional text, as one message: its visibility is the files' visibility. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/tickets/{ticketId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MessageJson> upload(@PathVariable long ticketId,
                                       @RequestPart(value = "file", required = false) List<MultipartFile> files,
                                       @RequestParam(required = false) String body,
                                       @RequestParam(required = false) String visibility, Actor actor) {
        var uploads = MultipartUpload.of(files);
        if (uploads.isEmpty()) {
            throw new InvalidInput("file", "attach at least one file");
        }
        MessageView message = conversations.append(ticketId, body, visibility(visibility), uploads, "api", actor);
        return created(message);
    }

    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, Actor actor) {
        return Downloads.of(conversations.download(id, actor));
    }

    static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.PUBLIC;
        }
        try {
            return Visibility.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("visibility", "must be PUBLIC or INTERNAL");
        }
    }

    private static ResponseEntity<MessageJson> created(MessageView message) {
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + message.ticketId() + "/messages/" + message.id()))
                .body(MessageJson.of(message));
    }
}
