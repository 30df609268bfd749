package org.tessera.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.Upload;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Emails;
import org.tessera.identity.Role;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.portal.internal.FormSignatures;
import org.tessera.portal.internal.FormSignatures.Verdict;
import org.tessera.portal.internal.CustomerLetters;
import org.tessera.portal.internal.PendingRequests;
import org.tessera.portal.internal.PendingRequests.Pending;
import org.tessera.portal.internal.PendingRequests.StoredFile;
import org.tessera.portal.internal.RateLimits;
import org.tessera.portal.internal.RequestValidation;
import org.tessera.portal.internal.Tokens;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;

/**
 * Requests from web forms, the one way in for the portal: a signed-in customer's request is opened at once (with its
 * files, in one transaction); someone who has not signed in confirms their address from the email first, and the
 * request is opened then. Scripts are turned away without a person noticing: a honeypot input people never see, a
 * stamp that says how long the form was open, and limits per address and hour far above what a person sends.
 */
@Service
@Transactional
public class RequestIntake {

    public static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(3);
    static final int PER_ADDRESS_AND_HOUR = 60;
    static final int PER_CUSTOMER_AND_HOUR = 60;
    static final int CONFIRMATIONS_PER_EMAIL_AND_HOUR = 5;
    static final int MAX_FILES = 10;
    static final long MAX_PENDING_BYTES = 25L * 1024 * 1024;

    private final WebForms forms;
    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final Conversations conversations;
    private final UserManagement users;
    private final Directory directory;
    private final PendingRequests pending;
    private final RateLimits limits;
    private final FormSignatures signatures;
    private final CustomerLetters letters;
    private final Clock clock;

    RequestIntake(WebForms forms, TicketManagement tickets, TicketQueries queries, Conversations conversations, UserManagement users,
                  Directory directory, PendingRequests pending, RateLimits limits, FormSignatures signatures,
                  CustomerLetters letters, Optional<Clock> clock) {
        this.forms = forms;
        this.tickets = tickets;
        this.queries = queries;
        this.conversations = conversations;
        this.users = users;
        this.directory = directory;
        this.pending = pending;
        this.limits = limits;
        this.signatures = signatures;
        this.letters = letters;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What became of a sent form. */
    public sealed interface Outcome {
    }

    /** Opened at once, for a signed-in customer. */
    public record Opened(long ticketId, long number) implements Outcome {
    }

    /** Waiting for the sender to open the link emailed to them. */
    public record AwaitingConfirmation(String email) implements Outcome {
    }

    /** A script filled in the honeypot: it is told what a person would be told, and nothing is kept. */
    public record Ignored() implements Outcome {
    }

    /** A request whose sender confirmed their address: its ticket, and whether they may be signed in with it. */
    public record Confirmed(long ticketId, long number, long requesterId, boolean mayBeSignedIn) {
    }

    /** What a confirmation page shows before the sender confirms. */
    public record Unconfirmed(String subject, String email, boolean confirmed, Long ticketNumber) {
    }

    /** The signed stamp to put in the form when it is shown to someone who has not signed in. */
    public String stamp(WebFormView form) {
        return signatures.stamp(form.id());
    }

    public Outcome submit(WebFormView form, RequestInput input, Optional<Actor> sender, String clientAddress,
                          Locale locale) {
        if (input.honeypot() != null && !input.honeypot().isBlank()) {
            return new Ignored();
        }
        if (form.access() == FormAccess.SIGNED_IN && sender.isEmpty()) {
            throw new Forbidden("Sign in to send this form");
        }
        String limitKey = sender.map(a -> "customer:" + a.userId()).orElse("address:" + clientAddress);
        if (!limits.allow("form:" + limitKey, sender.isPresent() ? PER_CUSTOMER_AND_HOUR : PER_ADDRESS_AND_HOUR)) {
            throw RefusedRequest.overLimit();
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (sender.isEmpty()) {
            Verdict verdict = signatures.check(input.stamp(), form.id());
            if (verdict != Verdict.GOOD) {
                problems.put("form", Problem.of("portal.form.error.stale"));
            }
            if (!Emails.isValid(input.email())) {
                problems.put("email", Problem.of("portal.form.error.email"));
            }
            if (input.name() != null && input.name().strip().length() > 100) {
                problems.put("name", Problem.of("portal.form.error.tooLong", 100));
            }
        }
        if (input.files().size() > MAX_FILES) {
            problems.put(FormField.ATTACHMENTS, Problem.of("portal.form.error.tooManyFiles", MAX_FILES));
        }
        List<ShownField> fields = forms.shownFields(form);
        RequestValidation.Valid valid = RequestValidation.read(input, fields, problems);
        if (!problems.isEmpty()) {
            throw new RefusedRequest(problems);
        }
        List<Upload> files = form.has(FormField.ATTACHMENTS) ? input.files() : List.of();
        if (sender.isPresent()) {
            TicketDetails ticket = open(form, valid, files, sender.get());
            return new Opened(ticket.id(), ticket.number());
        }
        String email = Emails.canonical(input.email());
        if (!limits.allow("confirm:" + email, CONFIRMATIONS_PER_EMAIL_AND_HOUR)) {
            throw RefusedRequest.overLimit();
        }
        String token = Tokens.generate();
        Instant now = now();
        String name = input.name() == null || input.name().isBlank() ? null : input.name().strip();
        pending.keep(token, form.id(), email, name, locale == null ? null : locale.getLanguage(), valid.subject(),
                valid.description(), valid.priority(), valid.custom(), now, now.plus(CONFIRMATION_LIFETIME),
                stored(files));
        letters.confirmRequest(email, name, valid.subject(), token, locale);
        return new AwaitingConfirmation(email);
    }

    @Transactional(readOnly = true)
    public Unconfirmed unconfirmed(String token) {
        Pending found = pending.find(token, now()).orElseThrow(() -> new NotFound("Request"));
        Long number = found.ticketId() == null ? null : queries.get(found.ticketId(), Actor.system()).number();
        return new Unconfirmed(found.subject(), found.email(), found.confirmed(), number);
    }

    /** The sender opened the link: the request becomes a ticket, as from them (made a customer if they are new). */
    public Confirmed confirm(String token) {
        Pending request = pending.confirm(token, now()).orElseThrow(() -> new NotFound("Request"));
        UserSummary requester = users.findOrCreateCustomer(request.email(), request.name());
        UserAccount account = users.account(requester.id());
        if (!account.active()) {
            throw new Forbidden("This address may not send requests");
        }
        WebFormView form = forms.ofRequest(request.formId()).orElseThrow(() -> new NotFound("Form"));
        Actor actor = directory.actor(requester.id());
        var valid = new RequestValidation.Valid(request.subject(), request.description(), request.priority(),
                request.custom());
        TicketDetails ticket = open(form, valid, new ArrayList<>(pending.files(request.id())), actor);
        pending.opened(request.id(), ticket.id());
        return new Confirmed(ticket.id(), ticket.number(), requester.id(),
                account.role() == Role.CUSTOMER);
    }

    private TicketDetails open(WebFormView form, RequestValidation.Valid valid, List<? extends Upload> files,
                               Actor actor) {
        var custom = new LinkedHashMap<String, Object>();
        valid.custom().forEach((key, value) -> {
            if (value != null) {
                custom.put(key, value);
            }
        });
        var request = new OpenTicket(valid.subject(), valid.description(), null, form.typeKey(), valid.priority(), null,
                null, null, List.of(), null, custom, List.of(), "portal");
        try {
            TicketDetails ticket = tickets.open(request, actor);
            if (!files.isEmpty()) {
                conversations.attachToTicket(ticket.id(), List.copyOf(files), actor);
            }
            return ticket;
        } catch (InvalidInput refused) {
            // The form's checks mirror the ticket's; this is a ticket type changed since the form was shown.
            var problems = new LinkedHashMap<String, Problem>();
            refused.violations().forEach(v -> problems.putIfAbsent(
                    v.field().startsWith("customFields.") ? FormField.CUSTOM + v.field().substring(13) : v.field(),
                    Problem.of("portal.form.error.service", v.message())));
            throw new RefusedRequest(problems);
        }
    }

    private static List<StoredFile> stored(List<Upload> files) {
        var stored = new ArrayList<StoredFile>();
        long total = 0;
        for (Upload file : files) {
            try (InputStream in = file.open()) {
                byte[] content = in.readAllBytes();
                total += content.length;
                if (total > MAX_PENDING_BYTES) {
                    throw new RefusedRequest(Map.of(FormField.ATTACHMENTS,
                            Problem.of("portal.form.error.filesTooLarge", MAX_PENDING_BYTES / 1024 / 1024)));
                }
                String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
                        : file.contentType();
                stored.add(new StoredFile(file.filename(), type, content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
