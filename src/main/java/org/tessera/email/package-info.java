/**
 * The email channel. Inbound: mailboxes polled over IMAP (with IDLE) or POP3, a built-in SMTP receiver, and .eml
 * import, all through one intake ({@link org.tessera.email.MailIntake}) that keeps the raw original, parses it,
 * threads it onto its ticket or opens one, exactly once per Message-ID. Outbound: an outbox in the database
 * ({@link org.tessera.email.Outbox}), sent after commit by a scheduled dispatcher with retries, with the headers
 * that make every client thread the conversation, and loop guards on automatic mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email")
package org.tessera.email;
