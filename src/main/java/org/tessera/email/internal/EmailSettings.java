package org.tessera.email.internal;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The email channel's settings ({@code tessera.mail.*}, each with a TESSERA_* variable; see application.yml and the
 * README). The support address is a mailbox out of the box; the SMTP receiver runs only when a port is given.
 */
@ConfigurationProperties("tessera.mail")
public record EmailSettings(String supportAddress, String supportName, Integer smtpPort, String smtpBind,
                            DataSize maxMessageSize, String baseUrl, String messageIdDomain, int autoReplyLimit,
                            long outboxDelayMs, long pollDelayMs) {

    public EmailSettings {
        supportAddress = blank(supportAddress) ? "support@localhost" : supportAddress.trim().toLowerCase(Locale.ROOT);
        supportName = blank(supportName) ? "Support" : supportName.trim();
        smtpBind = blank(smtpBind) ? "0.0.0.0" : smtpBind.trim();
        maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(50) : maxMessageSize;
        baseUrl = blank(baseUrl) ? null : baseUrl.trim().replaceAll("/+$", "");
        messageIdDomain = blank(messageIdDomain)
                ? supportAddress.substring(supportAddress.indexOf('@') + 1) : messageIdDomain.trim();
        autoReplyLimit = autoReplyLimit <= 0 ? 5 : autoReplyLimit;
        outboxDelayMs = outboxDelayMs <= 0 ? 2000 : outboxDelayMs;
        pollDelayMs = pollDelayMs <= 0 ? 5000 : pollDelayMs;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
