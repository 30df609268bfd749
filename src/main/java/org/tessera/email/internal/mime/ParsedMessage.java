package org.tessera.email.internal.mime;

import java.time.Instant;
import java.util.List;

/**
 * Everything Tessera reads from one email. {@code text} is always there (derived from the HTML when the sender
 * wrote only HTML); {@code html} is sanitized and may refer to inline images as {@code cid:}, or is null for a
 * plain-text message. {@code returnedMessageIds} are the Message-IDs of messages a bounce reports on. {@code from}
 * is the sender Tessera answers, {@code fromHeader} what the From line itself says: they differ when From has no
 * address (an empty {@code <>}, a name alone, no From at all) and the address comes from Reply-To or Return-Path.
 */
public record ParsedMessage(MailAddress from, List<MailAddress> fromHeader, List<MailAddress> to, List<MailAddress> cc, List<MailAddress> replyTo,
                            List<String> envelopeRecipients, String subject, Instant sentAt, String messageId,
                            String inReplyTo, List<String> references, String text, String html,
                            List<ParsedAttachment> attachments, AutomaticMail automatic,
                            List<String> returnedMessageIds, List<String> problems) {

    public boolean hasHtml() {
        return html != null && !html.isBlank();
    }

    /** In-Reply-To first, then References from the newest back: the order to look for a known thread. */
    public List<String> threadIds() {
        var ids = new java.util.ArrayList<String>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            if (!ids.contains(references.get(i))) {
                ids.add(references.get(i));
            }
        }
        return ids;
    }

    public List<MailAddress> recipients() {
        var all = new java.util.ArrayList<MailAddress>(to);
        all.addAll(cc);
        return all;
    }
}
