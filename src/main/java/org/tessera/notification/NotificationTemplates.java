package org.tessera.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.notification.internal.Rendering;
import org.tessera.notification.internal.TemplateRecords;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;

/**
 * The texts of the notification emails, per event and language: shipped defaults, which administrators may change
 * (and reset), and preview with sample values before saving.
 */
@Service
@Transactional
public class NotificationTemplates {

    public static final List<String> LANGUAGES = List.of("en", "pt");
    static final int MAX_SUBJECT = 250;
    static final int MAX_BODY = 20_000;

    private final TemplateRecords records;
    private final Clock clock;

    NotificationTemplates(TemplateRecords records, Optional<Clock> clock) {
        this.records = records;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<TemplateText> all(Actor actor) {
        requireAdmin(actor);
        var all = new ArrayList<TemplateText>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (String language : LANGUAGES) {
                all.add(text(event, language));
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    public TemplateText template(NotificationEvent event, String language, Actor actor) {
        requireAdmin(actor);
        return text(event, language(language));
    }

    /** The template in force: the administrator's, else the shipped one. */
    @Transactional(readOnly = true)
    public TemplateText text(NotificationEvent event, String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        return records.find(event, lang).orElseGet(() -> org.tessera.notification.internal.Shipped.of(event, lang));
    }

    public TemplateText save(NotificationEvent event, String language, String subject, String body, Actor actor) {
        requireAdmin(actor);
        String lang = language(language);
        check(event, subject, body);
        records.save(event, lang, subject.strip(), body.strip(), actor.userId(), Instant.now(clock));
        return text(event, lang);
    }

    public TemplateText reset(NotificationEvent event, String language, Actor actor) {
        requireAdmin(actor);
        String lang = language(language);
        records.delete(event, lang);
        return text(event, lang);
    }

    /** The template filled with sample values, as its recipient would read it. */
    @Transactional(readOnly = true)
    public Preview preview(NotificationEvent event, String language, String subject, String body) {
        Map<String, String> sample = sample(language(language));
        var unknown = new ArrayList<>(Rendering.unknown(subject, event.placeholders()));
        Rendering.unknown(body, event.placeholders()).stream().filter(u -> !unknown.contains(u)).forEach(unknown::add);
        String text = Rendering.fill(body == null ? "" : body, sample);
        return new Preview(Rendering.fill(subject == null ? "" : subject, sample), text, Rendering.html(text),
                unknown);
    }

    private static void check(NotificationEvent event, String subject, String body) {
        var violations = new ArrayList<Violation>();
        if (subject == null || subject.isBlank()) {
            violations.add(new Violation("subject", "must not be empty"));
        } else if (subject.length() > MAX_SUBJECT) {
            violations.add(new Violation("subject", "must have at most " + MAX_SUBJECT + " characters"));
        }
        if (body == null || body.isBlank()) {
            violations.add(new Violation("body", "must not be empty"));
        } else if (body.length() > MAX_BODY) {
            violations.add(new Violation("body", "must have at most " + MAX_BODY + " characters"));
        }
        List<String> unknownInSubject = Rendering.unknown(subject, event.placeholders());
        if (!unknownInSubject.isEmpty()) {
            violations.add(new Violation("subject", "unknown placeholders: " + unknownInSubject));
        }
        List<String> unknownInBody = Rendering.unknown(body, event.placeholders());
        if (!unknownInBody.isEmpty()) {
            violations.add(new Violation("body", "unknown placeholders: " + unknownInBody));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static String language(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInput("language", "must be one of " + LANGUAGES);
        }
        return language;
    }

    private static Map<String, String> sample(String language) {
        boolean pt = language.equals("pt");
        var values = new LinkedHashMap<String, String>();
        values.put("ticket.number", "1042");
        values.put("ticket.subject", pt ? "A impressora não imprime" : "The printer does not print");
        values.put("ticket.status", pt ? "Aberto" : "Open");
        values.put("ticket.priority", pt ? "Alta" : "High");
        values.put("ticket.url", "https://help.example.com/tickets/1042");
        values.put("recipient.name", "Ana Souza");
        values.put("requester.name", "Ana Souza");
        values.put("assigner.name", "Rui Costa");
        values.put("message.author", "Rui Costa");
        values.put("message.body", pt ? "Olá, Ana,\n\ntrocamos o toner; pode tentar de novo?\n\nRui"
                : "Hello Ana,\n\nwe replaced the toner; could you try again?\n\nRui");
        values.put("helpdesk.name", pt ? "Suporte" : "Support");
        return values;
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators edit notification templates");
        }
    }
}
