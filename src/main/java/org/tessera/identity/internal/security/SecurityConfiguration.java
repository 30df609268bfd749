package org.tessera.identity.internal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.tessera.identity.ApiTokens;

/**
 * One filter chain per face: the REST API (bearer tokens, stateless, problem+json; HTTP Basic only to obtain a
 * token), the customer portal (its own sign-in page; help center and web forms open to everyone), the portal's
 * embeddable forms, and the agent's browser pages (form sign-in, session, CSRF). URL rules are the first of two
 * checks: services check the actor again. Both session faces read the account again on every request
 * ({@link CurrentAccount}), so switching an account off or changing its role takes effect in open sessions too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, ApiTokens tokens, ProblemEntryPoint problems)
            throws Exception {
        // Not a bean: a Filter bean would also be registered with the servlet container for every URL.
        var tokenFilter = new ApiTokenAuthenticationFilter(tokens, problems);
        return stateless(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"), tokenFilter, problems)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemEntryPoint problems) throws Exception {
        var tokenFilter = new ApiTokenAuthenticationFilter(tokens, problems);
        return stateless(http.securityMatcher("/api/**"), tokenFilter, problems).build();
    }

    private static HttpSecurity stateless(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
                                          ProblemEntryPoint problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * A web form embedded in another website: framed by that site (the page itself says which sites may frame it) and
     * always anonymous, since a framing site must never act with a signed-in visitor's session. The form carries its
     * own signed token instead of the session's CSRF token, and only ever starts a request that the sender confirms
     * from their mailbox.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalEmbeds(HttpSecurity http) throws Exception {
        return http.securityMatcher("/portal/forms/*/embed", "/portal/forms/*/embed/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frames -> frames.disable()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * The customer portal: its help center, web forms, sign-up and sign-in links are open to everyone; a customer's
     * requests and profile need a sign-in, on the portal's own page. CSRF as on every browser form.
     */
    @Bean
    @Order(4)
    SecurityFilterChain portal(HttpSecurity http, LocaleResolver locales, AccountDetails accounts,
                               LoginAttempts attempts) throws Exception {
        var signedIn = new LanguageConfiguration.SignedIn(locales);
        signedIn.setDefaultTargetUrl("/portal/requests");
        return http.securityMatcher("/portal", "/portal/**")
                .addFilterAfter(new CurrentAccount(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // "New request" at the address other helpdesks use leads to the forms, open to anyone.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/portal/requests/new").permitAll()
                        .requestMatchers("/portal/requests", "/portal/requests/**", "/portal/profile",
                                "/portal/profile/**", "/portal/attachments/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/portal/login").loginProcessingUrl("/portal/login")
                        .failureHandler(new SignInFailures("/portal/login", attempts)).successHandler(signedIn))
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal?signedOut"))
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain browser(HttpSecurity http, LocaleResolver locales, AccountDetails accounts,
                                LoginAttempts attempts) throws Exception {
        return http
                .addFilterAfter(new CurrentAccount(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/webjars/**", "/assets/**",
                                "/branding/logo", "/branding/style.css",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/", "/account", "/account/**").authenticated()
                        .anyRequest().hasAnyRole("ADMIN", "AGENT", "COLLABORATOR"))
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailures("/login", attempts))
                        .successHandler(new LanguageConfiguration.SignedIn(locales)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .build();
    }
}
