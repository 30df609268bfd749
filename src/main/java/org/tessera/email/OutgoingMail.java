package org.tessera.email;

import java.util.List;

/**
 * An email to send, about a ticket or (with a null {@code ticketId}) about an account: a sign-in link, say. {@code eventKey} names what it tells ("message:812", "ticket-opened:55"): one
 * event reaches one recipient at most once. {@code automatic} mail (acknowledgements, notifications) carries
 * Auto-Submitted and is never sent to Tessera's own addresses or beyond a per-recipient rate; {@code internal} mail
 * tells about an internal note, so that an agent's answer to it stays internal too. {@code senderName} is the name
 * shown beside the mailbox address (an agent's name for their reply), or null for the mailbox's own name.
 */
public record OutgoingMail(String eventKey, Long ticketId, String recipient, String recipientName, String subject,
                           String text, String html, List<Long> attachmentIds, boolean automatic, boolean internal,
                           String senderName) {
}
