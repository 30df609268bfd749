package org.tessera.notification.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** The notification emails' page in the administrator's menu. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavigationLink notificationTemplatesLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.notificationTemplates", "/admin/notifications", 44, "ADMIN");
    }
}
