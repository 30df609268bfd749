package org.tessera.identity.internal.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.AccountAndActor;
import org.tessera.identity.internal.Users;

/** Loads the account behind a sign-in by email address or, for API tokens, by id. */
@Component
class AccountDetails implements UserDetailsService {

    private final Users users;

    AccountDetails(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        return users.findByEmail(email.trim())
                .map(user -> new SignedInUser(user, Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
    }

    /** The account as a request of its session signs in with it, and its actor, in one statement. */
    @Transactional(readOnly = true)
    public Optional<AccountAndActor> current(long id) {
        return users.accountAndActor(id);
    }

    @Transactional(readOnly = true)
    public SignedInUser loadById(long id) {
        return users.findById(id)
                .map(user -> new SignedInUser(user, Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + id));
    }
}
