package org.tessera.email;

import java.time.Instant;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;

/** A mailbox as pages and the API show it: never its secrets, only whether they are set. */
public record MailboxView(long id, String name, String address, Protocol protocol, String host, Integer port,
                          Security security, String username, boolean hasPassword, Auth auth, String oauthTokenUrl,
                          String oauthClientId, boolean hasOauthSecrets, String oauthScope, String folder, AfterImport afterImport,
                          String moveToFolder, boolean useIdle, int pollSeconds, Long teamId, String typeKey,
                          boolean plusAddressing, String smtpHost, Integer smtpPort, Security smtpSecurity,
                          String smtpUsername, boolean hasSmtpPassword, boolean active, Instant lastCheckedAt,
                          String lastError, Instant lastErrorAt) {

    public boolean polled() {
        return protocol != Protocol.NONE;
    }
}
