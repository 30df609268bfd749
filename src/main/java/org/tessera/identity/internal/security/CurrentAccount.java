package org.tessera.identity.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session proves who signed in, not what they may still do. On every request the account is read again:
 * the session of an account switched off (or removed) since ends at once, and a changed role replaces the one the
 * session was signed in with, so that the URL rules (such as "/admin/** is for administrators") follow the account
 * as it is now. A lock from wrong passwords does not end a session: that would let anyone throw a user out.
 */
class CurrentAccount extends OncePerRequestFilter {

    private final AccountDetails accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccount(AccountDetails accounts) {
        this.accounts = accounts;
    }

    /** Static files tell nothing and change nothing: no account to read for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            var account = accounts.current(user.id());
            SignedInUser now = account.map(a -> new SignedInUser(a.user(), Instant.now())).orElse(null);
            if (now == null || !now.isEnabled()) {
                end(request);
            } else {
                // Read just now with the account: the actor needs no statement of its own in this request.
                ActorResolver.remember(request, account.get().actor());
                if (now.getRole() != user.getRole()) {
                    now.eraseCredentials();
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null,
                            now.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
