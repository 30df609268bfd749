package org.tessera.shared;

/** An upload beyond the configured size limit; nothing of it is kept. */
public class TooLarge extends RuntimeException {

    public TooLarge(String message) {
        super(message);
    }
}
