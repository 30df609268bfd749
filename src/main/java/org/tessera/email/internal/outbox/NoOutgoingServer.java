package org.tessera.email.internal.outbox;

/** Neither the mailbox nor the helpdesk (spring.mail.host) names an SMTP server to send through. */
class NoOutgoingServer extends RuntimeException {

    NoOutgoingServer() {
        super("no outgoing mail server is configured: set spring.mail.host (SPRING_MAIL_HOST) or the mailbox's SMTP"
                + " server");
    }
}
