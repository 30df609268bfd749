package org.tessera.knowledge.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tessera.web.NavigationLink;
import org.tessera.web.NavigationLink.Menu;
import org.tessera.web.SwitchableModule;

/**
 * The knowledge base as a module of the shell: its name (which administrators may change), what vanishes when it is
 * switched off, and its entries in the workspace's and the portal's menus.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    static final String MODULE = "knowledge";

    @Bean
    SwitchableModule knowledgeModule() {
        return new SwitchableModule(MODULE, 40, true, List.of("knowledge.name"),
                List.of("/kb", "/kb/**", "/portal/kb", "/portal/kb/**", "/api/v1/kb", "/api/v1/kb/**"));
    }

    @Bean
    NavigationLink knowledgeLink() {
        return new NavigationLink(Menu.MAIN, "knowledge.name", "/kb", 30, "ADMIN", "AGENT", "COLLABORATOR")
                .inModule(MODULE);
    }

    @Bean
    NavigationLink helpCenterLink() {
        return new NavigationLink(Menu.PORTAL, "knowledge.name", "/portal/kb", 10, NavigationLink.ANYONE)
                .inModule(MODULE);
    }
}
