package org.tessera.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One URL serves the full page and, for htmx, only the fragment it swaps in. */
final class Htmx {

    private Htmx() {
    }

    /**
     * Whether to answer with the fragment alone. A history restore (the back button after a pushed URL) needs the
     * whole page, and caches must keep the two answers apart.
     */
    static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
