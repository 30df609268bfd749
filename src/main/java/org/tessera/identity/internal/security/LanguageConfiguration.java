package org.tessera.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import jakarta.servlet.ServletException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.tessera.identity.UserManagement;

/**
 * The language of the pages: the user's preference once signed in, a {@code ?lang=} switch at any time, the browser's
 * languages before sign-in. English and Portuguese.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "tessera-lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return requested != null && requested.getLanguage().equals("pt") ? Locale.forLanguageTag("pt") : Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Signing in switches the pages to the language the user chose in their account. */
    static class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LocaleResolver locales;

        SignedIn(LocaleResolver locales) {
            this.locales = locales;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof SignedInUser user
                    && UserManagement.LOCALES.contains(user.getLocale())) {
                locales.setLocale(request, response, Locale.forLanguageTag(user.getLocale()));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
