package org.tessera.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Emails;
import org.tessera.identity.Role;

/**
 * On a database without administrators (a new installation), creates the administrator a new installation signs in with: from TESSERA_ADMIN_EMAIL and
 * TESSERA_ADMIN_PASSWORD, or admin@localhost with a generated password that is printed once.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final String email;
    private final String password;

    FirstAdministrator(Users users, PasswordEncoder passwords,
                       @Value("${tessera.admin.email:}") String email,
                       @Value("${tessera.admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.email = email.isBlank() ? "admin@localhost" : email.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.countByRole(Role.ADMIN) > 0) {
            return;
        }
        if (!Emails.isValid(email)) {
            throw new IllegalStateException("TESSERA_ADMIN_EMAIL is not an email address: " + email);
        }
        boolean generated = password.isBlank();
        String secret = generated ? generatePassword() : password;
        users.save(new User(Emails.canonical(email), "Administrator", Role.ADMIN, null, passwords.encode(secret)));
        if (generated) {
            log.warn("\n\n    First administrator created: {}  password: {}\n    (shown once; change it under Account)\n",
                    email, secret);
        } else {
            log.info("First administrator created: {}", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
