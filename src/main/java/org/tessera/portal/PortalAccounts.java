package org.tessera.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Emails;
import org.tessera.identity.Role;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.portal.internal.CustomerLetters;
import org.tessera.portal.internal.PortalTokens;
import org.tessera.portal.internal.PortalTokens.Issued;
import org.tessera.portal.internal.PortalTokens.Purpose;
import org.tessera.portal.internal.Tokens;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/**
 * Customers' own way in: sign-up and forgotten passwords (a link to choose a password, sent to the address, which
 * proves it is theirs) and sign-in links (a link that signs them in). Whether an address has an account is never
 * told to whoever asks; only its owner learns it, from the email. Links work once, and briefly.
 */
@Service
@Transactional
public class PortalAccounts {

    public static final Duration SIGN_IN_LINK_LIFETIME = Duration.ofMinutes(20);
    public static final Duration PASSWORD_LINK_LIFETIME = Duration.ofHours(24);

    private final PortalTokens tokens;
    private final CustomerLetters letters;
    private final Directory directory;
    private final UserManagement users;
    private final Clock clock;

    PortalAccounts(PortalTokens tokens, CustomerLetters letters, Directory directory, UserManagement users,
                   Optional<Clock> clock) {
        this.tokens = tokens;
        this.letters = letters;
        this.directory = directory;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Emails a sign-in link if the address belongs to an active customer; otherwise nothing happens, and the caller
     * cannot tell the difference. Agents sign in with their password.
     */
    public void sendSignInLink(String email, Locale locale) {
        String address = requireEmail(email);
        Optional<UserAccount> account = account(address);
        if (account.isEmpty() || !account.get().active() || account.get().role() != Role.CUSTOMER) {
            return;
        }
        String token = Tokens.generate();
        Instant now = now();
        tokens.issue(token, Purpose.SIGN_IN, account.get().email(), account.get().name(), language(locale), now,
                now.plus(SIGN_IN_LINK_LIFETIME));
        letters.signInLink(account.get().email(), account.get().name(), token, locale(account.get().locale(), locale));
    }

    /** The account a sign-in link opens, while the link is unused and fresh. */
    @Transactional(readOnly = true)
    public Optional<String> signInLinkFor(String token) {
        return tokens.peek(token, Purpose.SIGN_IN, now()).map(Issued::email);
    }

    /** Uses the link up and answers whose account it opens. */
    public long useSignInLink(String token) {
        Issued issued = tokens.consume(token, Purpose.SIGN_IN, now())
                .orElseThrow(() -> new NotFound("Sign-in link"));
        UserAccount account = account(issued.email()).orElseThrow(() -> new NotFound("Sign-in link"));
        if (!account.active() || account.role() != Role.CUSTOMER) {
            throw new Forbidden("This account cannot sign in with a link");
        }
        return account.id();
    }

    /**
     * Sign-up, and "forgot my password": a link to choose a password goes to the address. For an address that
     * already has an account the email says so; the page answers the same either way.
     */
    public void sendPasswordLink(String email, String name, Locale locale) {
        String address = requireEmail(email);
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > 100) {
            throw new InvalidInput("name", "must have at most 100 characters");
        }
        Optional<UserAccount> account = account(address);
        if (account.isPresent() && (!account.get().active() || account.get().role() != Role.CUSTOMER)) {
            return;
        }
        String token = Tokens.generate();
        Instant now = now();
        tokens.issue(token, Purpose.PASSWORD, address, cleanName, language(locale), now,
                now.plus(PASSWORD_LINK_LIFETIME));
        letters.passwordLink(address, account.map(UserAccount::name).orElse(cleanName), token, account.isPresent(),
                account.map(a -> locale(a.locale(), locale)).orElse(locale));
    }

    /** The address a password link is for, while it is unused and fresh. */
    @Transactional(readOnly = true)
    public Optional<String> passwordLinkFor(String token) {
        return tokens.peek(token, Purpose.PASSWORD, now()).map(Issued::email);
    }

    /**
     * Sets the password chosen through a link: the customer is created if they are new (placed in the organization
     * that claims their address's domain), and answers their id so that they can be signed in.
     */
    public long choosePassword(String token, String password, String repeated) {
        if (password == null || password.length() < UserManagement.MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "must have at least " + UserManagement.MIN_PASSWORD_LENGTH
                    + " characters");
        }
        if (!password.equals(repeated)) {
            throw new InvalidInput("repeatPassword", "does not match the password");
        }
        Issued issued = tokens.consume(token, Purpose.PASSWORD, now())
                .orElseThrow(() -> new NotFound("Password link"));
        boolean isNew = directory.userByEmail(issued.email()).isEmpty();
        UserSummary customer = users.findOrCreateCustomer(issued.email(), issued.name());
        UserAccount account = users.account(customer.id());
        if (!account.active() || account.role() != Role.CUSTOMER) {
            throw new Forbidden("Ask an administrator to set this account's password");
        }
        // Whoever holds the link holds the mailbox: that is the proof an administrator would otherwise give.
        users.setPassword(customer.id(), password, Actor.system("Portal: password chosen through an emailed link"));
        if (isNew && issued.locale() != null && UserManagement.LOCALES.contains(issued.locale())) {
            users.preferLocale(customer.id(), issued.locale());
        }
        return customer.id();
    }

    private Optional<UserAccount> account(String email) {
        return directory.userByEmail(email).map(u -> users.account(u.id()));
    }

    private static String requireEmail(String email) {
        if (!Emails.isValid(email)) {
            throw new InvalidInput("email", "must be an email address");
        }
        return Emails.canonical(email);
    }

    private static String language(Locale locale) {
        return locale == null ? null : locale.getLanguage();
    }

    private static Locale locale(String preferred, Locale fallback) {
        return preferred != null && UserManagement.LOCALES.contains(preferred) ? Locale.forLanguageTag(preferred)
                : fallback;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
