package org.tessera.portal.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tessera.email.OutgoingMail;
import org.tessera.email.Outbox;

/**
 * The portal's letters, about tickets (a rating request) or about accounts (sign-in and sign-up links, request
 * confirmations), all through the email module's outbox. Only without an email module are they logged instead
 * ({@link UnsentMail}).
 */
@Component
public class OutboxMail implements CustomerMail {

    private final ObjectProvider<Outbox> outbox;
    private final UnsentMail unsent = new UnsentMail();

    OutboxMail(ObjectProvider<Outbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(Letter letter) {
        Outbox available = outbox.getIfAvailable();
        if (available == null) {
            unsent.send(letter);
            return;
        }
        available.queue(new OutgoingMail(letter.eventKey(), letter.ticketId(), letter.to(), letter.toName(),
                letter.subject(), letter.text(), null, List.of(), true, false, null));
    }

    @Override
    public boolean deliversAccountMail() {
        return outbox.getIfAvailable() != null;
    }

    /** CustomerLetters that could not go out, newest last: what an administrator finds in the log. */
    public List<Letter> unsent() {
        return unsent.recent();
    }
}
