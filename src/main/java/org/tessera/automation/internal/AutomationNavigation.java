package org.tessera.automation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** Rules in the administrator's menu; macros for every agent. */
@Configuration(proxyBeanMethods = false)
class AutomationNavigation {

    @Bean
    NavigationLink rulesLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.rules", "/admin/rules", 200, "ADMIN");
    }

    @Bean
    NavigationLink macrosLink() {
        return new NavigationLink(Menu.MAIN, "nav.macros", "/macros", 40, "ADMIN", "AGENT");
    }
}
