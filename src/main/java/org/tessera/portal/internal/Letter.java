package org.tessera.portal.internal;

/**
 * An email the portal sends to one person. {@code eventKey} names what it is about (a sign-in link, a rating request
 * for ticket 12), so that the outbox sends it once even if asked twice.
 */
public record Letter(String eventKey, String to, String toName, Long ticketId, String subject, String text) {
}
