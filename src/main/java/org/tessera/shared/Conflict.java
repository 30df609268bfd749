package org.tessera.shared;

/** The request is well formed but the current state refuses it: a stale version, a forbidden transition, a duplicate. */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
