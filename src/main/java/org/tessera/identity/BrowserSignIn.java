package org.tessera.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person into this browser without their password, for channels that have another proof of who they are: a
 * one-time link sent to their email address, say. The session is renewed, as at any sign-in.
 */
public interface BrowserSignIn {

    /** @throws org.tessera.shared.Forbidden when the account is switched off */
    void signIn(long userId, HttpServletRequest request, HttpServletResponse response);
}
