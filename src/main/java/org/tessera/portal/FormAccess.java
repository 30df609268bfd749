package org.tessera.portal;

/** Who may send a web form. */
public enum FormAccess {
    /** Anyone: someone who has not signed in confirms their address from an email before the request is opened. */
    VERIFIED_EMAIL,
    /** Only customers signed in to the portal. */
    SIGNED_IN
}
