package org.tessera.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the portal does while Tessera has no email outbox: each letter goes to the log (so that an administrator trying
 * Tessera out can still follow a sign-in link) and is kept among the last few, never sent.
 */
public class UnsentMail implements CustomerMail {

    private static final Logger log = LoggerFactory.getLogger(UnsentMail.class);
    private static final int KEPT = 100;

    private final List<Letter> recent = new ArrayList<>();

    @Override
    public void send(Letter letter) {
        log.warn("Email is not set up in Tessera, so this email to {} was not sent. Subject: {}\n{}", letter.to(),
                letter.subject(), letter.text());
        synchronized (recent) {
            recent.add(letter);
            if (recent.size() > KEPT) {
                recent.remove(0);
            }
        }
    }

    @Override
    public boolean deliversAccountMail() {
        return false;
    }

    /** The letters kept, oldest first. */
    public List<Letter> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
