package org.tessera.email.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.email.MailQuarantine;
import org.tessera.email.MailboxManagement;
import org.tessera.email.MailboxSettings;
import org.tessera.email.MailboxView;
import org.tessera.email.Outbox;
import org.tessera.email.OutboxEntry;
import org.tessera.email.QuarantineEntry;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;

/** REST API v1 for administrators: mailboxes, the outbox and the quarantine. */
@RestController
class MailboxesApi {

    private final MailboxManagement mailboxes;
    private final Outbox outbox;
    private final MailQuarantine quarantine;

    MailboxesApi(MailboxManagement mailboxes, Outbox outbox, MailQuarantine quarantine) {
        this.mailboxes = mailboxes;
        this.outbox = outbox;
        this.quarantine = quarantine;
    }

    @GetMapping("/api/v1/mail/mailboxes")
    List<MailboxView> list(Actor actor) {
        return mailboxes.all(actor);
    }

    @GetMapping("/api/v1/mail/mailboxes/{id}")
    MailboxView get(@PathVariable long id, Actor actor) {
        return mailboxes.get(id, actor);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/mail/mailboxes")
    ResponseEntity<MailboxView> create(@RequestBody MailboxSettings settings, Actor actor) {
        MailboxView created = mailboxes.create(settings, actor);
        return ResponseEntity.created(URI.create("/api/v1/mail/mailboxes/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/mail/mailboxes/{id}")
    MailboxView update(@PathVariable long id, @RequestBody MailboxSettings settings, Actor actor) {
        return mailboxes.update(id, settings, actor);
    }

    @DeleteMapping("/api/v1/mail/mailboxes/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
        mailboxes.delete(id, actor);
        return ResponseEntity.noContent().build();
    }

    /** Signs in to the mailbox's servers and answers what they said. */
    @PostMapping("/api/v1/mail/mailboxes/{id}/test")
    Map<String, String> test(@PathVariable long id, Actor actor) {
        return Map.of("result", mailboxes.test(id, actor));
    }

    @GetMapping("/api/v1/mail/outbox")
    List<OutboxEntry> outbox(@RequestParam(required = false) String status,
                             @RequestParam(required = false) Long ticketId,
                             @RequestParam(defaultValue = "100") int limit, Actor actor) {
        return outbox.recent(status(status), ticketId, limit, actor);
    }

    @PostMapping("/api/v1/mail/outbox/{id}/retry")
    OutboxEntry retry(@PathVariable long id, Actor actor) {
        return outbox.sendAgain(id, actor);
    }

    @GetMapping("/api/v1/mail/quarantine")
    List<QuarantineEntry> held(Actor actor) {
        return quarantine.waiting(actor);
    }

    private static OutboxEntry.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OutboxEntry.Status.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of QUEUED, SENT, FAILED, SUPPRESSED, BOUNCED");
        }
    }
}
