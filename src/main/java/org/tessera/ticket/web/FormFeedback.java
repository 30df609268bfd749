package org.tessera.ticket.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/**
 * What became of the one form a request submitted, named like "status-12": saved, or refused with a message per
 * field so the page can point at the input. Every other form on the page shows neither.
 */
record FormFeedback(String form, boolean ok, Map<String, String> errors) {

    static FormFeedback none() {
        return new FormFeedback("", false, Map.of());
    }

    static FormFeedback success(String form) {
        return new FormFeedback(form, true, Map.of());
    }

    static FormFeedback refusal(String form, RuntimeException refusal) {
        var errors = new LinkedHashMap<String, String>();
        if (refusal instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        } else if (refusal instanceof Conflict conflict) {
            errors.put(conflict.field() == null ? "" : conflict.field(), conflict.getMessage());
        }
        return new FormFeedback(form, false, errors);
    }

    static HttpStatus statusOf(RuntimeException refusal) {
        return refusal instanceof Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    public boolean saved(String form) {
        return ok && this.form.equals(form);
    }

    /** The message for this field of this form, or null. */
    public String error(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }
}
