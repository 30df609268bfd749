package org.tessera.identity.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tessera.identity.ApiTokens;

/** Signs in an API call that presents {@code Authorization: Bearer <token>}; a wrong token is refused outright. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AccountDetails accounts;
    private final ProblemEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(ApiTokens tokens, AccountDetails accounts, ProblemEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
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
        SignedInUser user = tokens.ownerOf(header.substring(7).trim()).map(this::load).orElse(null);
        if (user == null || !user.isEnabled()) {
            entryPoint.write(response, 401, "Unauthorized", "The API token is not valid");
            return;
        }
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

    private SignedInUser load(long userId) {
        try {
            return accounts.loadById(userId);
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }
}
