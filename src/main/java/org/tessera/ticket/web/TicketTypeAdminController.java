package org.tessera.ticket.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;
import org.tessera.ticket.web.TypePages.Submission;

/** The administrator's list of ticket types, a new type, and the page that configures one type. */
@Controller
@RequestMapping("/admin/types")
class TicketTypeAdminController {

    private final Workflows workflows;
    private final TypePages pages;

    TicketTypeAdminController(Workflows workflows, TypePages pages) {
        this.workflows = workflows;
        this.pages = pages;
    }

    @GetMapping
    ModelAndView list() {
        return listPage(NewTypeForm.empty(), FormFeedback.none());
    }

    /** A new type starts with one status per category, so it opens on its page ready to be shaped. */
    @PostMapping
    ModelAndView create(NewTypeForm form, Actor actor) {
        try {
            TicketTypeView created = workflows.createType(form.key(), form.name(), actor);
            return new ModelAndView("redirect:/admin/types/" + created.id());
        } catch (InvalidInput | Conflict refusal) {
            ModelAndView page = listPage(form, FormFeedback.refusal("newType", refusal));
            page.setStatus(FormFeedback.statusOf(refusal));
            return page;
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id) {
        return pages.page(id);
    }

    @PostMapping("/{id}")
    ModelAndView update(@PathVariable long id, TypeSettingsForm form,
                        @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        return pages.answer(new Submission(id, "settings", "settings", htmx),
                () -> workflows.updateType(id, form.name(), form.wholePosition(), form.active(), actor),
                page -> page.keeping(form));
    }

    private ModelAndView listPage(NewTypeForm form, FormFeedback feedback) {
        Catalog catalog = workflows.catalog();
        Map<Long, Integer> fieldCounts = catalog.types().stream()
                .collect(Collectors.toMap(TicketTypeView::id, t -> catalog.fieldsFor(t.id()).size()));
        var page = new ModelAndView("ticket/admin/types");
        page.addObject("types", catalog.types());
        page.addObject("fieldCounts", fieldCounts);
        page.addObject("newType", form);
        page.addObject("feedback", feedback);
        return page;
    }
}
