package org.tessera.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** The administrator's pages for people. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationLink usersLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.users", "/admin/users", 10, "ADMIN");
    }

    @Bean
    NavigationLink organizationsLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.organizations", "/admin/organizations", 20, "ADMIN");
    }

    @Bean
    NavigationLink teamsLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.teams", "/admin/teams", 30, "ADMIN");
    }
}
