package org.tessera.ticket.web;

import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Workflows;

/**
 * Answers the forms of the ticket type page alike: a save that works shows its part again with "Saved" (htmx) or
 * redirects back to the page (plain post); a refused one shows the typed input and the reason, with 400 or 409.
 */
@Component
class TypePages {

    private final Workflows workflows;

    TypePages(Workflows workflows) {
        this.workflows = workflows;
    }

    /** Which form of which type's page was posted, the part of the page it redraws, and whether htmx sent it. */
    record Submission(long typeId, String form, String part, boolean htmx) {
    }

    ModelAndView page(long typeId) {
        return TypePage.of(workflows.catalog(), typeId).render("", false);
    }

    ModelAndView answer(Submission submission, Runnable save, UnaryOperator<TypePage> keepTyped) {
        try {
            save.run();
        } catch (InvalidInput | Conflict refusal) {
            ModelAndView refused = keepTyped.apply(TypePage.of(workflows.catalog(), submission.typeId()))
                    .with(FormFeedback.refusal(submission.form(), refusal))
                    .render(submission.part(), submission.htmx());
            refused.setStatus(FormFeedback.statusOf(refusal));
            return refused;
        }
        if (!submission.htmx()) {
            return new ModelAndView("redirect:/admin/types/" + submission.typeId());
        }
        return TypePage.of(workflows.catalog(), submission.typeId())
                .with(FormFeedback.success(submission.form()))
                .render(submission.part(), true);
    }
}
