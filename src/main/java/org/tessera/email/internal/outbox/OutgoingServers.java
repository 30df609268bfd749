package org.tessera.email.internal.outbox;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Security;
import org.tessera.email.internal.ConnectionProblems;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.mailbox.OAuth2Tokens;

/**
 * The SMTP server each mailbox sends through: its own when the administrator set one (with its password or, for a
 * mailbox that signs in with OAuth2, its access token), else the helpdesk's default from spring.mail.host and
 * spring.mail.port.
 */
@Component
public class OutgoingServers {

    private final ObjectProvider<JavaMailSender> defaultSender;
    private final Map<Long, Configured> perMailbox = new ConcurrentHashMap<>();
    private final OAuth2Tokens tokens;

    OutgoingServers(ObjectProvider<JavaMailSender> defaultSender, OAuth2Tokens tokens) {
        this.tokens = tokens;
        this.defaultSender = defaultSender;
    }

    private record Configured(String fingerprint, JavaMailSenderImpl sender) {
    }

    /** Signs in to the mailbox's outgoing server, sending nothing; says how it went. */
    public String check(Mailbox mailbox) {
        try {
            JavaMailSenderImpl sender = forMailbox(mailbox);
            sender.testConnection();
            return "SMTP " + sender.getHost() + ":" + sender.getPort() + ": signed in.";
        } catch (NoOutgoingServer none) {
            return "SMTP: " + none.getMessage() + ".";
        } catch (jakarta.mail.MessagingException | RuntimeException failed) {
            return "SMTP: failed: " + ConnectionProblems.describe(failed) + ".";
        }
    }

    JavaMailSenderImpl forMailbox(Mailbox mailbox) {
        if (mailbox != null && mailbox.sendsItself()) {
            String fingerprint = Objects.hash(mailbox.smtpHost(), mailbox.smtpPort(), mailbox.smtpSecurity(),
                    mailbox.smtpUsername(), mailbox.smtpPassword()) + "";
            Configured cached = perMailbox.get(mailbox.id());
            if (cached == null || !cached.fingerprint().equals(fingerprint)) {
                cached = new Configured(fingerprint, configure(mailbox));
                perMailbox.put(mailbox.id(), cached);
            }
            if (mailbox.auth() == Auth.XOAUTH2) {
                // The provider's access token is the SMTP password too (Microsoft 365, Google), and it expires.
                cached.sender().setPassword(tokens.accessToken(mailbox));
            }
            return cached.sender();
        }
        JavaMailSender fallback = defaultSender.getIfAvailable();
        if (fallback instanceof JavaMailSenderImpl impl) {
            return impl;
        }
        throw new NoOutgoingServer();
    }

    private static JavaMailSenderImpl configure(Mailbox m) {
        var sender = new JavaMailSenderImpl();
        Security security = m.smtpSecurity();
        sender.setHost(m.smtpHost());
        sender.setPort(m.smtpPort() != null ? m.smtpPort()
                : security == Security.SSL ? 465 : security == Security.STARTTLS ? 587 : 25);
        sender.setProtocol(security == Security.SSL ? "smtps" : "smtp");
        sender.setUsername(blankToNull(m.smtpUsername()) != null ? m.smtpUsername()
                : m.auth() == Auth.XOAUTH2 ? m.username() : null);
        sender.setPassword(blankToNull(m.smtpPassword()));
        sender.setDefaultEncoding("UTF-8");
        Properties p = new Properties();
        String prefix = security == Security.SSL ? "mail.smtps." : "mail.smtp.";
        p.put(prefix + "auth", String.valueOf(sender.getUsername() != null));
        if (m.auth() == Auth.XOAUTH2) {
            p.put(prefix + "auth.mechanisms", "XOAUTH2");
        }
        p.put(prefix + "connectiontimeout", "15000");
        p.put(prefix + "timeout", "30000");
        p.put(prefix + "writetimeout", "30000");
        if (security == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        sender.setJavaMailProperties(p);
        return sender;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
