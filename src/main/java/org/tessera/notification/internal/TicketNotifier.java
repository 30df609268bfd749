package org.tessera.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tessera.conversation.AttachmentView;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageAppended;
import org.tessera.conversation.MessageView;
import org.tessera.email.Correspondence;
import org.tessera.email.OutgoingMail;
import org.tessera.email.Outbox;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.notification.NotificationEvent;
import org.tessera.notification.NotificationTemplates;
import org.tessera.notification.TemplateText;
import org.tessera.shared.NotFound;
import org.tessera.ticket.HistoryEntry;
import org.tessera.ticket.TicketChanged;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketOpened;
import org.tessera.ticket.TicketQueries;

/**
 * Turns what happened on tickets into emails in the outbox: an acknowledgement of a new ticket, the public
 * conversation to the requester and the customers who follow, updates and internal notes to the assignee and the
 * colleagues who follow, and assignments. Runs after the change is committed; once per event and recipient (the
 * outbox refuses a second), so a redelivered event sends nothing twice. News older than a day (an import, demo data
 * written into the past) is not news, and tells nobody.
 */
@Component
class TicketNotifier {

    static final Duration STALE = Duration.ofDays(1);

    private final TicketQueries tickets;
    private final Conversations conversations;
    private final Correspondence correspondence;
    private final Outbox outbox;
    private final NotificationTemplates templates;
    private final UserManagement users;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    TicketNotifier(TicketQueries tickets, Conversations conversations, Correspondence correspondence, Outbox outbox,
                   NotificationTemplates templates, UserManagement users, Directory directory,
                   MessageSource messages, Optional<Clock> clock) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.correspondence = correspondence;
        this.outbox = outbox;
        this.templates = templates;
        this.users = users;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(TicketOpened opened) {
        ticket(opened.ticketId()).filter(t -> fresh(t.createdAt())).ifPresent(ticket -> {
            boolean mayAnswer = correspondence.openedByAutomaticMail(ticket.id()) == null;
            for (Recipient r : WhoIsTold.aboutNewTicket(Participants.of(ticket), mayAnswer)) {
                send("ticket-opened:" + ticket.id(), r, ticket, Map.of(), List.of(), null);
            }
            if (ticket.assignee() != null) {
                for (Recipient r : WhoIsTold.aboutAssignment(Participants.of(ticket), opened.actorId())) {
                    send("assigned:" + ticket.id() + ":" + ticket.version(), r, ticket,
                            Map.of("assigner.name", name(opened.actorId())), List.of(), null);
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(MessageAppended appended) {
        Optional<TicketDetails> found = ticket(appended.ticketId());
        if (found.isEmpty() || !fresh(appended.at())) {
            return;
        }
        TicketDetails ticket = found.get();
        MessageView message;
        try {
            message = conversations.message(appended.messageId(), Actor.system());
        } catch (NotFound gone) {
            return;
        }
        if (!fresh(message.createdAt())) {
            return;
        }
        var email = correspondence.receivedByEmail(message.id());
        if (email.openedTicket()) {
            // Told of as the new ticket; who joined it since (an assignee, say) heard of it by joining, not as news.
            return;
        }
        Set<String> received = email.addresses();
        List<Long> files = files(ticket.id(), message);
        String author = message.author() == null ? "" : message.author().displayName();
        for (Recipient r : WhoIsTold.aboutMessage(Participants.of(ticket), message, received)) {
            boolean agentAnswer = r.event() == NotificationEvent.PUBLIC_REPLY && message.author() != null
                    && message.author().role().isStaff();
            send("message:" + message.id(), r, ticket, Map.of("message.author", author, "message.body",
                    message.body()), files, agentAnswer ? author : null);
        }
    }

    @ApplicationModuleListener
    void on(TicketChanged changed) {
        if (!changed.changed("assignee")) {
            return;
        }
        ticket(changed.ticketId()).filter(t -> fresh(changedAt(changed))).ifPresent(ticket -> {
            for (Recipient r : WhoIsTold.aboutAssignment(Participants.of(ticket), changed.actorId())) {
                send("assigned:" + ticket.id() + ":" + changed.version(), r, ticket,
                        Map.of("assigner.name", name(changed.actorId())), List.of(), null);
            }
        });
    }

    private void send(String eventKey, Recipient recipient, TicketDetails ticket, Map<String, String> extra,
                      List<Long> files, String senderName) {
        UserAccount account = users.account(recipient.user().id());
        if (!account.active()) {
            // A switched-off account is nobody's colleague any more: it hears nothing, internal notes least of all.
            return;
        }
        String language = language(account);
        TemplateText template = templates.text(recipient.event(), language);
        Map<String, String> values = values(ticket, recipient.user(), language);
        values.putAll(extra);
        String subject = Rendering.fill(template.subject(), values).replaceAll("\\s+", " ").strip();
        String text = Rendering.fill(template.body(), values);
        NotificationEvent event = recipient.event();
        outbox.queue(new OutgoingMail(eventKey, ticket.id(), recipient.user().email(), recipient.user().displayName(),
                subject, text, Rendering.html(text), files, event != NotificationEvent.PUBLIC_REPLY,
                event == NotificationEvent.INTERNAL_NOTE, senderName));
    }

    private Map<String, String> values(TicketDetails ticket, UserSummary recipient, String language) {
        Locale locale = Locale.forLanguageTag(language);
        var values = new HashMap<String, String>();
        values.put("ticket.number", String.valueOf(ticket.number()));
        values.put("ticket.subject", ticket.subject());
        values.put("ticket.status", ticket.status().name());
        values.put("ticket.priority", messages.getMessage("priority." + ticket.priority(), null,
                String.valueOf(ticket.priority()), locale));
        values.put("ticket.url", correspondence.ticketLink(ticket.number()));
        values.put("recipient.name", recipient.displayName());
        values.put("requester.name", ticket.requester() == null ? "" : ticket.requester().displayName());
        values.put("helpdesk.name", correspondence.signature(ticket.id()));
        return values;
    }

    /** The message's files, without the images an HTML email showed inline (its text goes, not its layout). */
    private List<Long> files(long ticketId, MessageView message) {
        Set<Long> inline = conversations.formatted(ticketId, Actor.system()).stream()
                .filter(f -> f.messageId() == message.id())
                .flatMap(f -> f.inlineAttachments().values().stream()).collect(java.util.stream.Collectors.toSet());
        return message.attachments().stream().map(AttachmentView::id).filter(id -> !inline.contains(id)).toList();
    }

    private static String language(UserAccount account) {
        String locale = account.locale();
        return NotificationTemplates.LANGUAGES.contains(locale) ? locale : "en";
    }

    private String name(Long userId) {
        return userId == null ? correspondence.signature(0) : directory.user(userId).map(UserSummary::displayName)
                .orElse("");
    }

    private Optional<TicketDetails> ticket(long ticketId) {
        try {
            return Optional.of(tickets.get(ticketId, Actor.system()));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    /** When the change happened, as its history says (an import may have dated it in the past). */
    private Instant changedAt(TicketChanged changed) {
        return tickets.history(changed.ticketId(), Actor.system()).stream()
                .filter(h -> h.version() == changed.version()).map(HistoryEntry::at).findFirst().orElse(changed.at());
    }

    private boolean fresh(Instant at) {
        return at == null || at.isAfter(clock.instant().minus(STALE));
    }
}
