package org.tessera.portal;

/** A requester's verdict on the help they got. */
public enum Score {
    GOOD, BAD
}
