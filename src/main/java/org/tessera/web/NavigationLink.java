package org.tessera.web;

/**
 * A link a module adds to the shell's navigation: declare it as a bean and the layout shows it to the roles named
 * (Spring Security role names without "ROLE_"; none means every signed-in user). Modules that are switched off
 * simply contribute nothing.
 */
public record NavigationLink(Menu menu, String labelKey, String href, int order, String... roles) {

    public enum Menu {
        /** The main bar, beside Tickets. */
        MAIN,
        /** The administrator's menu. */
        ADMIN
    }
}
