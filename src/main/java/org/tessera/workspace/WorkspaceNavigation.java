package org.tessera.workspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** The agent workspace's entries in the main bar. */
@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

    @Bean
    NavigationLink ticketsLink() {
        return new NavigationLink(Menu.MAIN, "nav.tickets", "/tickets", 10, "ADMIN", "AGENT", "COLLABORATOR");
    }

    @Bean
    NavigationLink newTicketLink() {
        return new NavigationLink(Menu.MAIN, "nav.newTicket", "/tickets/new", 20, "ADMIN", "AGENT", "COLLABORATOR");
    }
}
