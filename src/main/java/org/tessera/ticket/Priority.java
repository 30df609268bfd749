package org.tessera.ticket;

/** Priority runs from 1 (critical: drop everything) to 5 (whenever there is time); 3 is the default. */
public final class Priority {

    public static final int CRITICAL = 1;
    public static final int NORMAL = 3;
    public static final int LOWEST = 5;

    private Priority() {
    }

    public static boolean isValid(Integer priority) {
        return priority != null && priority >= CRITICAL && priority <= LOWEST;
    }
}
