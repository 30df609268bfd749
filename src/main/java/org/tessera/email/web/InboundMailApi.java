package org.tessera.email.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.email.Arrival;
import org.tessera.email.EmailDisplay;
import org.tessera.email.IntakeResult;
import org.tessera.email.MailIntake;
import org.tessera.email.RawEmail;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;

/**
 * REST API v1 for inbound email: POST a raw message (message/rfc822) to take it in as an import or a test, and
 * download an email's original.
 */
@RestController
class InboundMailApi {

    private final MailIntake intake;
    private final EmailDisplay display;

    InboundMailApi(MailIntake intake, EmailDisplay display) {
        this.intake = intake;
        this.display = display;
    }

    /** 201 with the new ticket, 200 when it joined a ticket or was received before, 202 when it is held. */
    @PostMapping(path = "/api/v1/mail/inbound", consumes = {"message/rfc822", MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Map<String, Object>> receive(@RequestBody(required = false) byte[] raw, Actor actor) {
        if (raw == null || raw.length == 0) {
            throw new InvalidInput("body", "send the email's raw bytes (Content-Type: message/rfc822)");
        }
        IntakeResult result = intake.receive(raw, Arrival.api(), actor);
        return answer(result);
    }

    @GetMapping("/api/v1/mail/messages/{emailId}/raw")
    ResponseEntity<Resource> raw(@PathVariable long emailId, Actor actor) {
        return download(display.raw(emailId, actor));
    }

    static ResponseEntity<Map<String, Object>> answer(IntakeResult result) {
        var body = new LinkedHashMap<String, Object>();
        if (result.isQuarantined()) {
            body.put("ticketId", null);
            body.put("messageId", null);
            body.put("created", false);
            body.put("quarantined", true);
            body.put("quarantineId", result.quarantineId());
            body.put("reason", result.reason());
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        }
        body.put("ticketId", result.ticketId());
        body.put("messageId", result.messageId());
        body.put("created", result.created());
        body.put("duplicate", result.duplicate());
        body.put("emailId", result.emailId());
        body.put("ticketNumber", result.ticketNumber());
        body.put("threadedBy", result.threadedBy());
        if (result.created()) {
            return ResponseEntity.created(URI.create("/api/v1/tickets/" + result.ticketId())).body(body);
        }
        return ResponseEntity.ok(body);
    }

    static ResponseEntity<Resource> download(RawEmail raw) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .contentLength(raw.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(raw.filename())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(raw.path()));
    }
}
