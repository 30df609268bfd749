package org.tessera.email;

/**
 * What an administrator says about a mailbox: its address, how to fetch its mail (IMAP or POP3, or NONE when mail
 * reaches Tessera through the SMTP receiver), where new tickets go (team and type), what happens to a message once
 * it is in (deleted, moved or flagged), and optionally its own outgoing server. A null secret keeps the stored one.
 */
public record MailboxSettings(String name, String address, Protocol protocol, String host, Integer port,
                              Security security, String username, String password, Auth auth, String oauthTokenUrl,
                              String oauthClientId, String oauthClientSecret, String oauthRefreshToken, String oauthScope,
                              String folder,
                              AfterImport afterImport, String moveToFolder, Boolean useIdle, Integer pollSeconds,
                              Long teamId, String typeKey, Boolean plusAddressing, String smtpHost, Integer smtpPort,
                              Security smtpSecurity, String smtpUsername, String smtpPassword, Boolean active) {

    public enum Protocol { NONE, IMAP, POP3 }

    public enum Security { SSL, STARTTLS, NONE }

    public enum Auth { PASSWORD, XOAUTH2 }

    /** What happens to a fetched message once its ticket or reply is committed. */
    public enum AfterImport { DELETE, MOVE, FLAG }

    /** An address Tessera receives for by SMTP only. */
    public static MailboxSettings receiving(String name, String address) {
        return new MailboxSettings(name, address, Protocol.NONE, null, null, Security.SSL, null, null, Auth.PASSWORD,
                null, null, null, null, null, "INBOX", AfterImport.DELETE, null, true, 60, null, null, true, null, null,
                Security.STARTTLS, null, null, true);
    }
}
