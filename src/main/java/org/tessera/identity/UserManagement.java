package org.tessera.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Organizations;
import org.tessera.identity.internal.Skills;
import org.tessera.identity.internal.User;
import org.tessera.identity.internal.Users;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;

/** Registering people, changing their accounts and passwords. */
@Service
@Transactional
public class UserManagement {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final Set<String> LOCALES = Set.of("en", "pt");

    private final Users users;
    private final Organizations organizations;
    private final PasswordEncoder passwords;
    private final Skills skills;

    UserManagement(Users users, Organizations organizations, PasswordEncoder passwords, Skills skills) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.skills = skills;
    }

    /**
     * Replaces what an agent is good at, for skills-based routing: words of letters, digits, - and _, kept
     * lowercase and without duplicates. Only staff have skills.
     */
    public List<String> changeSkills(long userId, java.util.Collection<String> wanted, Actor actor) {
        requireAdmin(actor);
        User user = user(userId);
        var clean = new java.util.TreeSet<String>();
        for (String skill : wanted == null ? List.<String>of() : wanted) {
            String s = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > 40 || !s.matches("[\\p{L}\\p{N}_-]+")) {
                throw new InvalidInput("skills", "'" + skill + "' is not a skill: letters, digits, - and _ only, at most 40");
            }
            clean.add(s);
        }
        if (!clean.isEmpty() && !user.role().isStaff()) {
            throw new InvalidInput("skills", "only agents and administrators have skills");
        }
        if (clean.size() > 50) {
            throw new InvalidInput("skills", "at most 50 skills");
        }
        skills.replace(userId, List.copyOf(clean));
        return List.copyOf(clean);
    }

    public UserSummary register(NewUser newUser, Actor actor) {
        requireAdmin(actor);
        var violations = new ArrayList<Violation>();
        if (!Emails.isValid(newUser.email())) {
            violations.add(new Violation("email", "must be an email address"));
        }
        if (newUser.role() == null) {
            violations.add(new Violation("role", "must be one of ADMIN, AGENT, COLLABORATOR, CUSTOMER"));
        }
        checkOrganization(newUser.role(), newUser.organizationId(), violations);
        if (newUser.password() != null && newUser.password().length() < MIN_PASSWORD_LENGTH) {
            violations.add(new Violation("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String email = Emails.canonical(newUser.email());
        if (users.findByEmail(email).isPresent()) {
            throw new Conflict("email", "A user with the email " + email + " already exists");
        }
        String name = blank(newUser.name()) ? Emails.nameFrom(email) : newUser.name().trim();
        String hash = newUser.password() == null ? null : passwords.encode(newUser.password());
        return users.save(new User(email, name, newUser.role(), newUser.organizationId(), hash)).summary();
    }

    /**
     * The requester behind an email address: the existing user, or a new customer, placed in the organization that
     * claims the address's domain. Channels call this; it needs no administrator.
     */
    public UserSummary findOrCreateCustomer(String email, String name) {
        if (!Emails.isValid(email)) {
            throw new InvalidInput("requesterEmail", "must be an email address");
        }
        String canonical = Emails.canonical(email);
        return users.findByEmail(canonical).map(User::summary).orElseGet(() -> {
            Long organizationId = organizations.findClaimingDomain(Emails.domainOf(canonical))
                    .map(o -> o.id()).orElse(null);
            String displayName = blank(name) ? Emails.nameFrom(canonical) : name.trim();
            return users.save(new User(canonical, displayName, Role.CUSTOMER, organizationId, null)).summary();
        });
    }

    public UserSummary update(long userId, UserChanges changes, Actor actor) {
        requireAdmin(actor);
        User user = users.findById(userId).orElseThrow(() -> new NotFound("User " + userId));
        var violations = new ArrayList<Violation>();
        if (blank(changes.name())) {
            violations.add(new Violation("name", "must not be empty"));
        }
        if (!Emails.isValid(changes.email())) {
            violations.add(new Violation("email", "must be an email address"));
        }
        if (changes.role() == null) {
            violations.add(new Violation("role", "must be one of ADMIN, AGENT, COLLABORATOR, CUSTOMER"));
        }
        checkOrganization(changes.role(), changes.organizationId(), violations);
        if (Long.valueOf(userId).equals(actor.userId()) && (changes.role() != Role.ADMIN || !changes.active())) {
            violations.add(new Violation("role", "you cannot remove your own administrator rights"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String email = Emails.canonical(changes.email());
        users.findByEmail(email).filter(other -> !other.id().equals(userId)).ifPresent(other -> {
            throw new Conflict("email", "A user with the email " + email + " already exists");
        });
        user.rename(changes.name().trim());
        user.changeEmail(email);
        user.changeRole(changes.role());
        user.moveToOrganization(changes.organizationId());
        user.activate(changes.active());
        return user.summary();
    }

    public void setPassword(long userId, String password, Actor actor) {
        requireAdmin(actor);
        checkPassword("password", password);
        user(userId).changePassword(passwords.encode(password));
    }

    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        User user = user(userId);
        if (user.passwordHash() == null || currentPassword == null
                || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        checkPassword("newPassword", newPassword);
        user.changePassword(passwords.encode(newPassword));
    }

    public void preferLocale(long userId, String locale) {
        String language = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(language)) {
            throw new InvalidInput("locale", "must be one of " + LOCALES);
        }
        user(userId).preferLocale(language);
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String text, Role role, Pageable page) {
        Instant now = Instant.now();
        return users.search(text == null ? "" : text.trim(), role, page).map(user -> account(user, now));
    }

    @Transactional(readOnly = true)
    public UserAccount account(long userId) {
        return account(user(userId), Instant.now());
    }

    private static UserAccount account(User user, Instant now) {
        return new UserAccount(user.id(), user.email(), user.name(), user.role(), user.organizationId(),
                user.locale(), user.active(), user.isLockedAt(now), user.createdAt());
    }

    private User user(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFound("User " + userId));
    }

    private void checkOrganization(Role role, Long organizationId, List<Violation> violations) {
        if (organizationId == null) {
            return;
        }
        if (role != Role.CUSTOMER) {
            violations.add(new Violation("organizationId", "only customers belong to an organization"));
        } else if (!organizations.existsById(organizationId)) {
            violations.add(new Violation("organizationId", "no organization has the id " + organizationId));
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput(field, "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators manage people");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
