package org.tessera.portal.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;
import org.tessera.web.SwitchableModule;

/**
 * The portal's three parts as modules of the shell, each of which an administrator may rename or switch off: the
 * portal itself, web forms and satisfaction ratings. Also their menu entries.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    public static final String PORTAL = "portal";
    public static final String FORMS = "forms";
    public static final String SATISFACTION = "satisfaction";

    @Bean
    SwitchableModule portalModule() {
        return new SwitchableModule(PORTAL, 20, true, List.of("portal.name"), List.of("/portal", "/portal/**"));
    }

    @Bean
    SwitchableModule formsModule() {
        return new SwitchableModule(FORMS, 30, true, List.of("forms.name"),
                List.of("/portal/forms", "/portal/forms/**", "/admin/forms", "/admin/forms/**"));
    }

    @Bean
    SwitchableModule satisfactionModule() {
        return new SwitchableModule(SATISFACTION, 50, true, List.of("satisfaction.name"),
                List.of("/portal/rate/**", "/portal/requests/*/rating", "/admin/ratings", "/admin/ratings/**",
                        "/api/v1/tickets/*/satisfaction", "/api/v1/satisfaction"));
    }

    @Bean
    NavigationLink newRequestLink() {
        return new NavigationLink(Menu.PORTAL, "portal.nav.newRequest", "/portal/new", 20,
                NavigationLink.ANYONE).inModule(PORTAL);
    }

    @Bean
    NavigationLink myRequestsLink() {
        return new NavigationLink(Menu.PORTAL, "portal.nav.requests", "/portal/requests", 30).inModule(PORTAL);
    }

    @Bean
    NavigationLink formsLink() {
        return new NavigationLink(Menu.ADMIN, "forms.name", "/admin/forms", 300, "ADMIN").inModule(FORMS);
    }

    @Bean
    NavigationLink ratingsLink() {
        return new NavigationLink(Menu.ADMIN, "satisfaction.name", "/admin/ratings", 310, "ADMIN")
                .inModule(SATISFACTION);
    }

    @Bean
    NavigationLink portalLink() {
        return new NavigationLink(Menu.MAIN, "portal.name", "/portal", 90, "ADMIN", "AGENT").inModule(PORTAL);
    }
}
