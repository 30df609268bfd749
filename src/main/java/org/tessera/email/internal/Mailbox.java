package org.tessera.email.internal;

import java.time.Instant;
import java.util.Locale;
import org.tessera.email.MailboxSettings;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;
import org.tessera.email.MailboxView;

/** A mailbox with everything needed to fetch from it and send as it, secrets included: never leaves the module. */
public record Mailbox(long id, String name, String address, Protocol protocol, String host, Integer port,
                      Security security, String username, String password, Auth auth, String oauthTokenUrl,
                      String oauthClientId, String oauthClientSecret, String oauthRefreshToken, String oauthScope,
                      String folder,
                      AfterImport afterImport, String moveToFolder, boolean useIdle, int pollSeconds, Long teamId,
                      String typeKey, boolean plusAddressing, String smtpHost, Integer smtpPort, Security smtpSecurity,
                      String smtpUsername, String smtpPassword, boolean active, Instant lastCheckedAt,
                      String lastError, Instant lastErrorAt) {

    public MailboxView view() {
        return new MailboxView(id, name, address, protocol, host, port, security, username, present(password), auth,
                oauthTokenUrl, oauthClientId, present(oauthClientSecret) || present(oauthRefreshToken), oauthScope, folder,
                afterImport, moveToFolder, useIdle, pollSeconds, teamId, typeKey, plusAddressing, smtpHost, smtpPort,
                smtpSecurity, smtpUsername, present(smtpPassword), active, lastCheckedAt, lastError, lastErrorAt);
    }

    /** Whether mail to this address reaches this mailbox: the address itself, or a plus address of it. */
    public boolean receives(String recipient) {
        if (recipient == null) {
            return false;
        }
        String r = recipient.trim().toLowerCase(Locale.ROOT);
        String a = address.toLowerCase(Locale.ROOT);
        if (r.equals(a)) {
            return true;
        }
        int at = a.indexOf('@');
        int rAt = r.indexOf('@');
        return plusAddressing && at > 0 && rAt > 0 && r.substring(rAt).equals(a.substring(at))
                && r.startsWith(a.substring(0, at) + "+");
    }

    /** The reply address that names a ticket: support+t1042@example.com. */
    public String replyAddressFor(long ticketNumber) {
        int at = address.indexOf('@');
        return plusAddressing && at > 0 ? address.substring(0, at) + "+t" + ticketNumber + address.substring(at)
                : address;
    }

    public boolean sendsItself() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    public boolean polled() {
        return protocol != Protocol.NONE && active;
    }

    public static Mailbox from(long id, MailboxSettings s, Mailbox previous) {
        return new Mailbox(id, s.name(), s.address(), s.protocol(), s.host(), s.port(), s.security(), s.username(),
                keep(s.password(), previous == null ? null : previous.password()), s.auth(), s.oauthTokenUrl(),
                s.oauthClientId(), keep(s.oauthClientSecret(), previous == null ? null : previous.oauthClientSecret()),
                keep(s.oauthRefreshToken(), previous == null ? null : previous.oauthRefreshToken()), s.oauthScope(),
                s.folder(),
                s.afterImport(), s.moveToFolder(), Boolean.TRUE.equals(s.useIdle()),
                s.pollSeconds() == null ? 60 : s.pollSeconds(), s.teamId(), s.typeKey(),
                !Boolean.FALSE.equals(s.plusAddressing()), s.smtpHost(), s.smtpPort(), s.smtpSecurity(),
                s.smtpUsername(), keep(s.smtpPassword(), previous == null ? null : previous.smtpPassword()),
                !Boolean.FALSE.equals(s.active()), previous == null ? null : previous.lastCheckedAt(),
                previous == null ? null : previous.lastError(), previous == null ? null : previous.lastErrorAt());
    }

    /** A blank secret in a form means "unchanged". */
    private static String keep(String given, String stored) {
        return given == null || given.isEmpty() ? stored : given;
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
