package org.tessera.web;

import java.util.Arrays;

/**
 * A link a module adds to the shell's navigation: declare it as a bean and the layout shows it to the roles named
 * (Spring Security role names without "ROLE_"; none means every signed-in user, {@link #ANYONE} also people who have
 * not signed in). A link that belongs to a {@link SwitchableModule} ({@link #inModule(String)}) vanishes while an
 * administrator has that module switched off.
 */
public record NavigationLink(Menu menu, String labelKey, String href, int order, String module, String[] roles) {

    /** The role name that shows a link to everybody, signed in or not (the portal's help center, say). */
    public static final String ANYONE = "ANYONE";

    public NavigationLink(Menu menu, String labelKey, String href, int order, String... roles) {
        this(menu, labelKey, href, order, null, roles);
    }

    /** The same link, shown only while the module with this key is switched on. */
    public NavigationLink inModule(String moduleKey) {
        return new NavigationLink(menu, labelKey, href, order, moduleKey, roles);
    }

    public boolean forAnyone() {
        return Arrays.asList(roles).contains(ANYONE);
    }

    public enum Menu {
        /** The main bar, beside Tickets. */
        MAIN,
        /** The administrator's menu. */
        ADMIN,
        /** The customer portal's bar. */
        PORTAL
    }
}
