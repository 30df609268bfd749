package org.tessera.identity.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Users;

/**
 * Counts wrong passwords per account and locks it after too many; a right one resets the count. Addresses that are
 * no account count the same way, in memory, so the sign-in page says "locked" after as many tries whether an
 * account exists or not: the lock-out cannot be used to find out who has an account.
 */
@Component
class LoginAttempts {

    private static final int FAILURES_BEFORE_LOCK = 5;
    private static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final int REMEMBERED_ADDRESSES = 10_000;

    private record Guesses(int failures, Instant lockedUntil) {
    }

    private final Users users;
    private final Map<String, Guesses> unknown = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Guesses> eldest) {
            return size() > REMEMBERED_ADDRESSES;
        }
    };

    LoginAttempts(Users users) {
        this.users = users;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent failure) {
        Object name = failure.getAuthentication().getPrincipal();
        if (name instanceof String email) {
            Instant now = Instant.now();
            users.findByEmail(email.trim()).ifPresentOrElse(user -> user.recordFailedLogin(now),
                    () -> recordUnknown(key(email), now));
        }
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).ifPresent(user -> user.recordSuccessfulLogin());
        }
    }

    /**
     * Whether tries with this address are refused as locked now (an account's lock, or the one an address that is no
     * account gets after as many tries). Asked after a failure, so the try that locks says so too.
     */
    @Transactional(readOnly = true)
    public boolean locked(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        var account = users.findByEmail(email.trim());
        if (account.isPresent()) {
            return account.get().isLockedAt(Instant.now());
        }
        synchronized (unknown) {
            Guesses guesses = unknown.get(key(email));
            return guesses != null && guesses.lockedUntil() != null && guesses.lockedUntil().isAfter(Instant.now());
        }
    }

    private void recordUnknown(String email, Instant now) {
        synchronized (unknown) {
            Guesses before = unknown.get(email);
            if (before != null && before.lockedUntil() != null && before.lockedUntil().isAfter(now)) {
                return;
            }
            int failures = (before == null || before.lockedUntil() != null ? 0 : before.failures()) + 1;
            unknown.put(email, failures >= FAILURES_BEFORE_LOCK ? new Guesses(0, now.plus(LOCK_DURATION))
                    : new Guesses(failures, null));
        }
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
