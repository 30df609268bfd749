package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tessera.portal.Problem;
import org.tessera.portal.RefusedRequest;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/** What the portal's controllers share: refusals turned into problems shown beside their inputs. */
final class PortalPages {

    private PortalPages() {
    }

    /**
     * A service's refusal as problems per field, in the portal's words where it has them ({@code portal.error.<field>}
     * with the service's message as argument), with the service's own words otherwise.
     */
    static Map<String, Problem> problems(RuntimeException refused) {
        var problems = new LinkedHashMap<String, Problem>();
        if (refused instanceof RefusedRequest request) {
            problems.putAll(request.problems());
        } else if (refused instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> problems.putIfAbsent(v.field(),
                    Problem.of("portal.error." + v.field(), v.message())));
        } else if (refused instanceof Conflict conflict) {
            problems.put(conflict.field() == null ? "form" : conflict.field(),
                    Problem.of("portal.error.conflict", conflict.getMessage()));
        } else {
            throw refused;
        }
        return problems;
    }

    static int status(RuntimeException refused) {
        if (refused instanceof RefusedRequest request && request.isOverLimit()) {
            return 429;
        }
        return refused instanceof Conflict ? 409 : 400;
    }

    static void refuse(HttpServletResponse response, RuntimeException refused) {
        response.setStatus(status(refused));
    }
}
