package org.tessera.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying whether the password was wrong or the account is locked for now. */
class SignInFailures implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
    private final String loginPage;

    SignInFailures() {
        this("/login");
    }

    /** For a face with its own sign-in page, such as the portal's. */
    SignInFailures(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        redirects.sendRedirect(request, response, loginPage + (exception instanceof LockedException ? "?locked" : "?error"));
    }
}
