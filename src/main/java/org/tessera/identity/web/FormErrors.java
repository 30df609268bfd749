package org.tessera.identity.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/**
 * A service's refusal as errors on the form, so that the page shows each one next to its input. The text comes from
 * the message bundle ({@code <prefix>.error.<field>}, or {@code <prefix>.error.<field>.conflict} for a duplicate),
 * with the service's own words as the fallback. Argument {0} is the detail after the service message's colon (the
 * wrong values), any further arguments are the caller's.
 */
final class FormErrors {

    private FormErrors() {
    }

    /** Records an {@link InvalidInput} or a {@link Conflict}; anything else is not the form's business. */
    static void reject(BindingResult form, RuntimeException refusal, String prefix, Object... args) {
        if (refusal instanceof InvalidInput invalid) {
            invalid.violations()
                    .forEach(v -> reject(form, v.field(), prefix + ".error." + v.field(), v.message(), args));
        } else if (refusal instanceof Conflict conflict) {
            String field = conflict.field() == null ? "form" : conflict.field();
            reject(form, field, prefix + ".error." + field + ".conflict", conflict.getMessage(), args);
        } else {
            throw refusal;
        }
    }

    private static void reject(BindingResult form, String field, String code, String message, Object[] extra) {
        int colon = message.indexOf(": ");
        Object[] args = new Object[extra.length + 1];
        args[0] = colon < 0 ? message : message.substring(colon + 2);
        System.arraycopy(extra, 0, args, 1, extra.length);
        if (BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), field) != null) {
            form.rejectValue(field, code, args, message);
        } else {
            form.reject(code, args, message);
        }
    }
}
