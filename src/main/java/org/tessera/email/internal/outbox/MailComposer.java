package org.tessera.email.internal.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.StoredFile;
import org.tessera.identity.Actor;
import org.tessera.shared.NotFound;

/**
 * An outbox row as a MIME message: text and HTML alternatives, the ticket's files, and the headers that make every
 * client thread it (Message-ID, In-Reply-To, References; Thread-Topic and Thread-Index for Outlook), plus RFC 3834
 * Auto-Submitted and Exchange's X-Auto-Response-Suppress on automatic mail so that no auto-responder answers it.
 */
@Component
class MailComposer {

    private final Conversations conversations;

    MailComposer(Conversations conversations) {
        this.conversations = conversations;
    }

    MimeMessage compose(OutboxRow row, Session session) throws MessagingException {
        var message = new FixedIdMessage(session, row.messageId());
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(address(row.fromAddress(), row.fromName()));
        helper.setTo(address(row.recipient(), row.recipientName()));
        if (row.replyTo() != null && !row.replyTo().equalsIgnoreCase(row.fromAddress())) {
            helper.setReplyTo(address(row.replyTo(), row.fromName()));
        }
        helper.setSubject(row.subject());
        helper.setSentDate(new Date());
        if (row.bodyHtml() != null) {
            helper.setText(row.bodyText(), row.bodyHtml());
        } else {
            helper.setText(row.bodyText(), false);
        }
        for (Long attachmentId : row.attachmentIds()) {
            try {
                StoredFile file = conversations.download(attachmentId, Actor.system());
                helper.addAttachment(file.filename(), new FileSystemResource(file.path()), file.contentType());
            } catch (NotFound gone) {
                // The file was removed since; the email goes without it.
            }
        }
        if (row.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + row.inReplyTo() + ">");
        }
        if (!row.references().isEmpty()) {
            message.setHeader("References", String.join(" ", row.references().stream().map(id -> "<" + id + ">")
                    .toList()));
        }
        if (row.threadTopic() != null) {
            message.setHeader("Thread-Topic", encode(row.threadTopic()));
        }
        if (row.threadIndex() != null) {
            message.setHeader("Thread-Index", row.threadIndex());
        }
        if (row.automatic()) {
            message.setHeader("Auto-Submitted", row.eventKey().startsWith("ticket-opened:") ? "auto-replied"
                    : "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        message.setHeader("X-Tessera-Outbox", String.valueOf(row.id()));
        return message;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return name == null || name.isBlank() ? new InternetAddress(email)
                    : new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        try {
            return jakarta.mail.internet.MimeUtility.encodeText(text, "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            return text;
        }
    }

    /** Keeps the Message-ID we chose, which the threading of replies depends on, instead of a generated one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
