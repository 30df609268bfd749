package org.tessera.ticket.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** The administrator's page for ticket types and their workflows. */
@Configuration(proxyBeanMethods = false)
class TicketNavigation {

    @Bean
    NavigationLink ticketTypesLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.types", "/admin/types", 100, "ADMIN");
    }
}
