package org.tessera.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The links of every module, as the layout asks for them: {@code ${@navigation.links('ADMIN')}}. */
@Component("navigation")
public class Navigation {

    private final List<NavigationLink> links;

    Navigation(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    public List<NavigationLink> links(String menu) {
        NavigationLink.Menu wanted = NavigationLink.Menu.valueOf(menu);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return links.stream().filter(link -> link.menu() == wanted && allowed(link, authentication)).toList();
    }

    private static boolean allowed(NavigationLink link, Authentication authentication) {
        if (link.roles().length == 0) {
            return authentication != null && authentication.isAuthenticated();
        }
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Arrays.stream(link.roles()).anyMatch(role -> authority.equals("ROLE_" + role)));
    }
}
