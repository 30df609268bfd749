package org.tessera.ticket;

import java.util.EnumSet;
import java.util.Set;

/** What every status means, whatever a type calls it: reports, views and SLA clocks speak in categories. */
public enum StatusCategory {
    NEW, OPEN, PENDING, RESOLVED, CLOSED;

    /** Still needs somebody's work: the categories of the default queues. */
    public static final Set<StatusCategory> UNSOLVED = EnumSet.of(NEW, OPEN, PENDING);

    public boolean isSolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
