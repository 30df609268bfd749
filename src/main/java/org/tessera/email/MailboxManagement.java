package org.tessera.email;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.Mailboxes;
import org.tessera.email.internal.mailbox.MailboxCheck;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Emails;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.ticket.Workflows;

/** Administrators configure the mailboxes Tessera fetches from and sends as. */
@Service
@Transactional
public class MailboxManagement {

    private final Mailboxes mailboxes;
    private final Directory directory;
    private final Workflows workflows;
    private final MailboxCheck check;

    MailboxManagement(Mailboxes mailboxes, Directory directory, Workflows workflows, MailboxCheck check) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.workflows = workflows;
        this.check = check;
    }

    @Transactional(readOnly = true)
    public List<MailboxView> all(Actor actor) {
        requireAdmin(actor);
        return mailboxes.all().stream().map(Mailbox::view).toList();
    }

    @Transactional(readOnly = true)
    public MailboxView get(long id, Actor actor) {
        requireAdmin(actor);
        return mailbox(id).view();
    }

    public MailboxView create(MailboxSettings settings, Actor actor) {
        requireAdmin(actor);
        MailboxSettings clean = validate(settings, null);
        long id = mailboxes.insert(Mailbox.from(0, clean, null));
        return mailbox(id).view();
    }

    public MailboxView update(long id, MailboxSettings settings, Actor actor) {
        requireAdmin(actor);
        Mailbox previous = mailbox(id);
        MailboxSettings clean = validate(settings, id);
        mailboxes.update(Mailbox.from(id, clean, previous));
        return mailbox(id).view();
    }

    public void delete(long id, Actor actor) {
        requireAdmin(actor);
        mailbox(id);
        mailboxes.delete(id);
    }

    /** Signs in to the mailbox's servers and says what they answered, without taking or sending any mail. */
    @Transactional(readOnly = true)
    public String test(long id, Actor actor) {
        requireAdmin(actor);
        return check.run(mailbox(id));
    }

    private Mailbox mailbox(long id) {
        return mailboxes.byId(id).orElseThrow(() -> new NotFound("Mailbox " + id));
    }

    private MailboxSettings validate(MailboxSettings s, Long id) {
        var violations = new ArrayList<Violation>();
        if (s == null) {
            throw new InvalidInput("body", "must describe the mailbox");
        }
        String name = blank(s.name()) ? null : s.name().strip();
        if (name == null) {
            violations.add(new Violation("name", "must not be empty"));
        }
        String address = blank(s.address()) ? "" : Emails.canonical(s.address());
        if (!Emails.isValid(address)) {
            violations.add(new Violation("address", "must be an email address"));
        } else {
            mailboxes.byAddress(address).filter(other -> !Long.valueOf(other.id()).equals(id)).ifPresent(other -> {
                throw new Conflict("address", "The mailbox " + other.name() + " has the address " + address);
            });
        }
        Protocol protocol = s.protocol() == null ? Protocol.NONE : s.protocol();
        Security security = s.security() == null ? Security.SSL : s.security();
        Auth auth = s.auth() == null ? Auth.PASSWORD : s.auth();
        AfterImport after = s.afterImport() == null ? AfterImport.DELETE : s.afterImport();
        if (protocol != Protocol.NONE) {
            if (blank(s.host())) {
                violations.add(new Violation("host", "must name the " + protocol + " server"));
            }
            if (blank(s.username())) {
                violations.add(new Violation("username", "must not be empty"));
            }
            if (auth == Auth.XOAUTH2 && (blank(s.oauthTokenUrl()) || blank(s.oauthClientId()))) {
                violations.add(new Violation("oauthTokenUrl", "OAuth2 needs the token URL, client id, client secret"
                        + " and refresh token"));
            }
        }
        if (after == AfterImport.MOVE && (protocol == Protocol.POP3 || blank(s.moveToFolder()))) {
            violations.add(new Violation("moveToFolder", protocol == Protocol.POP3
                    ? "POP3 has no folders: delete the messages or keep them" : "must name the folder to move to"));
        }
        Integer port = s.port() == null ? null : s.port();
        if (port != null && (port < 1 || port > 65535) || s.smtpPort() != null && (s.smtpPort() < 1
                || s.smtpPort() > 65535)) {
            violations.add(new Violation(port != null && (port < 1 || port > 65535) ? "port" : "smtpPort",
                    "must be between 1 and 65535"));
        }
        int poll = s.pollSeconds() == null ? 60 : s.pollSeconds();
        if (poll < 5) {
            violations.add(new Violation("pollSeconds", "must be at least 5 seconds"));
        }
        if (s.teamId() != null && directory.team(s.teamId()).isEmpty()) {
            violations.add(new Violation("teamId", "no team with the id " + s.teamId()));
        }
        String type = blank(s.typeKey()) ? null : s.typeKey().strip();
        if (type != null && workflows.catalog().type(type).isEmpty()) {
            violations.add(new Violation("typeKey", "no ticket type with the key " + type));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int defaultPort = protocol == Protocol.POP3 ? (security == Security.SSL ? 995 : 110)
                : security == Security.SSL ? 993 : 143;
        return new MailboxSettings(name, address, protocol, trim(s.host()),
                protocol == Protocol.NONE ? null : port == null ? defaultPort : port, security, trim(s.username()),
                s.password(), auth, trim(s.oauthTokenUrl()), trim(s.oauthClientId()), s.oauthClientSecret(),
                s.oauthRefreshToken(), trim(s.oauthScope()), blank(s.folder()) ? "INBOX" : s.folder().strip(), after,
                trim(s.moveToFolder()), s.useIdle() == null || s.useIdle(), poll, s.teamId(), type,
                s.plusAddressing() == null || s.plusAddressing(), trim(s.smtpHost()), s.smtpPort(),
                s.smtpSecurity() == null ? Security.STARTTLS : s.smtpSecurity(), trim(s.smtpUsername()),
                s.smtpPassword(), s.active() == null || s.active());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators configure mailboxes");
        }
    }
}
