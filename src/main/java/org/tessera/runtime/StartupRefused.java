package org.tessera.runtime;

/** Tessera cannot start here as configured: what is wrong, and what the person starting it can do about it. */
public class StartupRefused extends RuntimeException {

    private final String action;

    StartupRefused(String reason, String action) {
        super(reason);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
