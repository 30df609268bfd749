package org.tessera.sla.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** SLA policies and calendars in the administrator's menu. */
@Configuration(proxyBeanMethods = false)
class SlaNavigation {

    @Bean
    NavigationLink slaLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.sla", "/admin/sla", 210, "ADMIN");
    }
}
