package org.tessera.portal.internal;

/**
 * How the portal's emails leave: through the email module's outbox, which sends after commit and retries. The portal
 * never talks to a mail server itself.
 */
public interface CustomerMail {

    /** Queues the letter in the current transaction: it is sent only if the transaction commits. */
    void send(Letter letter);

    /**
     * Whether letters that concern no ticket (sign-in links, sign-up, confirming a request) reach people; when they
     * do not, pages say so instead of promising an email.
     */
    boolean deliversAccountMail();
}
