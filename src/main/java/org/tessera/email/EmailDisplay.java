package org.tessera.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.FileStore;
import org.tessera.conversation.FormattedBody;
import org.tessera.conversation.MessageView;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.display.QuotedText;
import org.tessera.email.internal.display.ShownHtml;
import org.tessera.email.internal.intake.EmailRecord;
import org.tessera.email.internal.intake.EmailRecords;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;

/** How the emails of a ticket look in its conversation, and their originals for download, as the actor may see. */
@Service
@Transactional(readOnly = true)
public class EmailDisplay {

    private final EmailRecords records;
    private final Conversations conversations;
    private final MailboxDirectory mailboxes;
    private final FileStore files;
    private final MessageSource messages;

    EmailDisplay(EmailRecords records, Conversations conversations, MailboxDirectory mailboxes, FileStore files,
                 MessageSource messages) {
        this.records = records;
        this.conversations = conversations;
        this.mailboxes = mailboxes;
        this.files = files;
        this.messages = messages;
    }

    /** The ticket's messages that came by email, by conversation message id. */
    public Map<Long, EmailView> forTicket(long ticketId, Actor actor) {
        List<EmailRecord> emails = records.ofTicket(ticketId);
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<Long, MessageView> readable = conversations.messages(ticketId, actor).stream()
                .collect(Collectors.toMap(MessageView::id, Function.identity()));
        Map<Long, FormattedBody> formatted = conversations.formatted(ticketId, actor).stream()
                .collect(Collectors.toMap(FormattedBody::messageId, Function.identity()));
        Map<Long, Mailbox> mailboxesById = mailboxes.all().stream()
                .collect(Collectors.toMap(Mailbox::id, Function.identity()));
        var views = new HashMap<Long, EmailView>();
        for (EmailRecord email : emails) {
            MessageView message = email.conversationMessageId() == null ? null
                    : readable.get(email.conversationMessageId());
            if (message != null) {
                views.put(message.id(), view(email, message, formatted.get(message.id()),
                        email.mailboxId() == null ? null : mailboxesById.get(email.mailboxId())));
            }
        }
        return views;
    }

    /** The original, for agents. */
    public RawEmail raw(long emailId, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents download original emails");
        }
        EmailRecord email = records.byId(emailId).orElseThrow(() -> new NotFound("Email " + emailId));
        if (email.ticketId() != null) {
            conversations.messages(email.ticketId(), actor);
        }
        return new RawEmail(files.path(email.rawSha256()), "email-" + emailId + ".eml", email.rawSize());
    }

    private EmailView view(EmailRecord email, MessageView message, FormattedBody body, Mailbox mailbox) {
        String quote = label("email.quote.show", "Quoted text");
        String signature = label("email.signature.show", "Signature");
        String html;
        boolean remote = false;
        java.util.Set<Long> inline = java.util.Set.of();
        if (body != null) {
            ShownHtml shown = ShownHtml.of(body.html(), body.inlineAttachments(), quote, signature);
            html = shown.html();
            remote = shown.remoteImages();
            inline = shown.inlineAttachments();
        } else {
            html = QuotedText.html(message.body(), quote, signature);
        }
        return new EmailView(email.id(), message.id(), email.fromAddress(), email.fromName(), email.to(), email.cc(),
                email.subject(), email.sentAt(), email.threadedBy(), email.threadingDetail(), email.receivedVia(),
                mailbox == null ? null : mailbox.name() + " <" + mailbox.address() + ">", email.automatic(), email.problems(), html, body != null, remote, inline);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
