package org.tessera.email.internal.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Locale;
import java.util.Properties;
import org.springframework.stereotype.Component;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;
import org.tessera.email.internal.Mailbox;

/**
 * Signs in to a mailbox's IMAP or POP3 server: over TLS (IMAPS, POP3S) or upgraded with STARTTLS (required, never
 * silently skipped), with a password or an OAuth2 access token (XOAUTH2), and with timeouts so that a server that
 * stops answering never hangs the poller.
 */
@Component
public class MailStores {

    static final String TIMEOUT_MS = "30000";

    private final OAuth2Tokens tokens;

    MailStores(OAuth2Tokens tokens) {
        this.tokens = tokens;
    }

    public Store connect(Mailbox mailbox) throws MessagingException {
        String protocol = protocol(mailbox);
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "connectiontimeout", TIMEOUT_MS);
        p.put(prefix + "timeout", TIMEOUT_MS);
        p.put(prefix + "writetimeout", TIMEOUT_MS);
        if (mailbox.security() == Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (mailbox.auth() == Auth.XOAUTH2) {
            p.put(prefix + "auth.mechanisms", "XOAUTH2");
        }
        if (mailbox.protocol() == Protocol.IMAP) {
            p.put(prefix + "peek", "true");
        }
        Session session = Session.getInstance(p);
        Store store = session.getStore(protocol);
        String secret = mailbox.auth() == Auth.XOAUTH2 ? tokens.accessToken(mailbox) : mailbox.password();
        store.connect(mailbox.host(), mailbox.port() == null ? -1 : mailbox.port(), mailbox.username(), secret);
        return store;
    }

    static String protocol(Mailbox mailbox) {
        String base = mailbox.protocol().name().toLowerCase(Locale.ROOT);
        return mailbox.security() == Security.SSL ? base + "s" : base;
    }
}
