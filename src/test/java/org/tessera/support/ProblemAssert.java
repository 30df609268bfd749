package org.tessera.support;

import java.util.ArrayList;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/**
 * Assertions on an RFC 9457 problem answer: its status, its media type, and the request field it blames (both the
 * top-level {@code field} and the entries of {@code errors}, which API clients use to point at the input).
 */
public class ProblemAssert extends AbstractAssert<ProblemAssert, Api.Response> {

    private ProblemAssert(Api.Response actual) {
        super(actual, ProblemAssert.class);
    }

    public static ProblemAssert assertThatProblem(Api.Response response) {
        return new ProblemAssert(response);
    }

    public ProblemAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected status %s but was %s", status, actual);
        }
        String type = actual.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            failWithMessage("Expected an application/problem+json answer but the Content-Type was <%s>: %s", type,
                    actual);
        }
        return this;
    }

    public ProblemAssert namesField(String field) {
        JsonNode problem = actual.json();
        JsonNode named = problem.get("field");
        if (named == null || !field.equals(named.asString())) {
            failWithMessage("Expected the problem to name the field <%s> but it named <%s>: %s", field, named, actual);
        }
        var fields = new ArrayList<String>();
        JsonNode errors = problem.get("errors");
        if (errors != null) {
            errors.forEach(error -> fields.add(error.get("field").asString()));
        }
        if (!fields.contains(field)) {
            failWithMessage("Expected the errors to include the field <%s> but they were %s: %s", field, fields, actual);
        }
        return this;
    }
}
