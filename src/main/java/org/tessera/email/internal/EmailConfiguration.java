package org.tessera.email.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;

/** The email channel's settings, its pages in the administrator's menu, and the support address's mailbox. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailSettings.class)
class EmailConfiguration {

    @Bean
    NavigationLink mailboxesLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.mailboxes", "/admin/email/mailboxes", 40, "ADMIN");
    }

    @Bean
    NavigationLink outboxLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.outbox", "/admin/email/outbox", 41, "ADMIN");
    }

    @Bean
    NavigationLink quarantineLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.quarantine", "/admin/email/quarantine", 42, "ADMIN");
    }

    @Bean
    NavigationLink importLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.importEmail", "/email/import", 43, "ADMIN");
    }

    /** Out of the box, the support address is a mailbox: mail to it is taken in without any setup. */
    @EventListener(ApplicationReadyEvent.class)
    void supportMailbox(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(MailboxDirectory.class).support();
    }
}
