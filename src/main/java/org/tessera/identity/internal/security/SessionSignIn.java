package org.tessera.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.tessera.identity.BrowserSignIn;
import org.tessera.identity.UserManagement;
import org.tessera.shared.Forbidden;

/**
 * A sign-in without password, stored in the session exactly like a form sign-in: the session id changes (no fixation),
 * the pages switch to the person's language, and the success counts like any other (it clears a lock left by wrong
 * passwords, since whoever holds the link holds the mailbox).
 */
@Component
class SessionSignIn implements BrowserSignIn {

    private final AccountDetails accounts;
    private final LocaleResolver locales;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionSignIn(AccountDetails accounts, LocaleResolver locales, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.locales = locales;
        this.events = events;
    }

    @Override
    public void signIn(long userId, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = accounts.loadById(userId);
        if (!user.isEnabled()) {
            throw new Forbidden("This account is switched off");
        }
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        if (UserManagement.LOCALES.contains(user.getLocale())) {
            locales.setLocale(request, response, Locale.forLanguageTag(user.getLocale()));
        }
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }
}
