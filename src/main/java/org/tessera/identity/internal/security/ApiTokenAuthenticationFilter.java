package org.tessera.identity.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tessera.identity.ApiTokens;
import org.tessera.identity.internal.AccountAndActor;

/** Signs in an API call that presents {@code Authorization: Bearer <token>}; a wrong token is refused outright. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        AccountAndActor account = tokens.accountOf(header.substring(7).trim()).orElse(null);
        SignedInUser user = account == null ? null : new SignedInUser(account.user(), Instant.now());
        if (user == null || !user.isEnabled()) {
            entryPoint.write(response, 401, "Unauthorized", "The API token is not valid");
            return;
        }
        // Read with the token just now: the actor needs no statement of its own in this request.
        ActorResolver.remember(request, account.actor());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
