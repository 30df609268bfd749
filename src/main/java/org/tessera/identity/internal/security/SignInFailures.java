package org.tessera.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying whether the password was wrong or the account is locked for now (an address that
 * is no account gets locked the same way: see {@link LoginAttempts}).
 */
class SignInFailures implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
    private final String loginPage;
    private final LoginAttempts attempts;

    SignInFailures(String loginPage, LoginAttempts attempts) {
        this.loginPage = loginPage;
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean locked = exception instanceof LockedException
                || attempts.locked(request.getParameter("username"));
        redirects.sendRedirect(request, response, loginPage + (locked ? "?locked" : "?error"));
    }
}
