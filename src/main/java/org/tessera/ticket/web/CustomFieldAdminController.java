package org.tessera.ticket.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.identity.Actor;
import org.tessera.shared.NotFound;
import org.tessera.ticket.Workflows;
import org.tessera.ticket.web.TypePages.Submission;

/** Custom fields as seen from one ticket type's page: its own and those of every type. */
@Controller
@RequestMapping("/admin/types/{typeId}/fields")
class CustomFieldAdminController {

    private static final String PART = "fields";

    private final Workflows workflows;
    private final TypePages pages;

    CustomFieldAdminController(Workflows workflows, TypePages pages) {
        this.workflows = workflows;
        this.pages = pages;
    }

    @PostMapping
    ModelAndView add(@PathVariable long typeId, NewFieldForm form,
                     @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        Long scope = form.allTypes() ? null : typeId;
        return pages.answer(new Submission(typeId, "newField", PART, htmx),
                () -> workflows.createField(scope, form.key(), form.label(), form.kind(), form.required(),
                        form.optionList(), actor),
                page -> page.keeping(form));
    }

    @PostMapping("/{fieldId}")
    ModelAndView update(@PathVariable long typeId, @PathVariable long fieldId, FieldForm form,
                        @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        requireOnPage(typeId, fieldId);
        return pages.answer(new Submission(typeId, "field-" + fieldId, PART, htmx),
                () -> workflows.updateField(fieldId, form.label(), form.required(), form.optionList(),
                        form.wholePosition(), form.active(), actor),
                page -> page.keeping(fieldId, form));
    }

    /** A field of another type is not found through this type's address. */
    private void requireOnPage(long typeId, long fieldId) {
        boolean onPage = workflows.catalog().fields().stream()
                .anyMatch(f -> f.id() == fieldId && (f.typeId() == null || f.typeId() == typeId));
        if (!onPage) {
            throw new NotFound("Custom field " + fieldId);
        }
    }
}
