package org.tessera.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tessera.web.NavigationLink.Menu;

/** The shell's own parts: module switches and names on every request and message, and the branding page's link. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<Modules> modules;

    ShellConfiguration(ObjectProvider<Modules> modules) {
        this.modules = modules;
    }

    @Bean
    static ModuleNames moduleNames(ObjectProvider<Modules> modules) {
        return new ModuleNames(modules);
    }

    /** The ticket queues are the core of the helpdesk: they may be renamed ("Requests"), never switched off. */
    @Bean
    SwitchableModule ticketsModule() {
        return new SwitchableModule("tickets", 10, false, List.of("nav.tickets", "tickets.title"), List.of());
    }

    @Bean
    NavigationLink brandingLink() {
        return new NavigationLink(Menu.ADMIN, "nav.admin.branding", "/admin/branding", 900, "ADMIN");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ModuleGate(modules.getObject()));
    }
}
