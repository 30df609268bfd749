package org.tessera.identity.internal.security;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.Users;

/** Counts wrong passwords per account and locks it after too many; a right one resets the count. */
@Component
class LoginAttempts {

    private final Users users;

    LoginAttempts(Users users) {
        this.users = users;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent failure) {
        Object name = failure.getAuthentication().getPrincipal();
        if (name instanceof String email) {
            users.findByEmail(email.trim()).ifPresent(user -> user.recordFailedLogin(Instant.now()));
        }
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).ifPresent(user -> user.recordSuccessfulLogin());
        }
    }
}
