package org.tessera.portal;

import java.util.Map;

/** A request the form refused, with a reason per field ({@code subject}, {@code cf.<key>}, {@code email}, {@code form}). */
public class RefusedRequest extends RuntimeException {

    private final Map<String, Problem> problems;
    private final boolean tooMany;

    public RefusedRequest(Map<String, Problem> problems) {
        this(problems, false);
    }

    private RefusedRequest(Map<String, Problem> problems, boolean tooMany) {
        super("The request was refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
        this.tooMany = tooMany;
    }

    public static RefusedRequest overLimit() {
        return new RefusedRequest(Map.of("form", Problem.of("portal.form.error.tooMany")), true);
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    /** Refused by the rate limit: answered 429. */
    public boolean isOverLimit() {
        return tooMany;
    }
}
