package org.tessera.shared;

/** The thing does not exist, or the caller may not know that it does: both answer 404 alike. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
