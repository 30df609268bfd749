package org.tessera.bench.drive;

/** One kind of work, done over and over by each virtual user; an exception is an error. */
interface Scenario {

    String name();

    void once(VirtualUser user) throws Exception;

    /** Why this scenario cannot run against this Tessera, or null when it can. */
    default String skipReason() {
        return null;
    }
}
