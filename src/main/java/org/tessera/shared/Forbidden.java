package org.tessera.shared;

/** The caller may know the thing exists but may not do this to it (a customer writing an internal note, say). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
