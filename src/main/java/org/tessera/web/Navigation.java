package org.tessera.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The links of every module, as the layout asks for them: {@code ${@navigation.links('ADMIN')}}. Links of switched-off
 * modules are left out.
 */
@Component("navigation")
public class Navigation {

    private final List<NavigationLink> links;
    private final Modules modules;

    Navigation(List<NavigationLink> links, Modules modules) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
        this.modules = modules;
    }

    public List<NavigationLink> links(String menu) {
        NavigationLink.Menu wanted = NavigationLink.Menu.valueOf(menu);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return links.stream()
                .filter(link -> link.menu() == wanted && allowed(link, authentication))
                .filter(link -> link.module() == null || modules.isOn(link.module()))
                .toList();
    }

    private static boolean allowed(NavigationLink link, Authentication authentication) {
        if (link.forAnyone()) {
            return true;
        }
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (link.roles().length == 0) {
            return signedIn;
        }
        return signedIn && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Arrays.stream(link.roles()).anyMatch(role -> authority.equals("ROLE_" + role)));
    }
}
