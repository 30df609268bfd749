package org.tessera.ticket.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;
import org.tessera.ticket.web.TypePages.Submission;

/** The statuses of one ticket type and the moves allowed between them; each save redraws the workflow part. */
@Controller
@RequestMapping("/admin/types/{typeId}")
class WorkflowAdminController {

    private static final String PART = "workflow";

    private final Workflows workflows;
    private final TypePages pages;

    WorkflowAdminController(Workflows workflows, TypePages pages) {
        this.workflows = workflows;
        this.pages = pages;
    }

    @PostMapping("/statuses")
    ModelAndView add(@PathVariable long typeId, NewStatusForm form,
                     @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        return pages.answer(new Submission(typeId, "newStatus", PART, htmx),
                () -> workflows.addStatus(typeId, form.key(), form.name(), form.category(), actor),
                page -> page.keeping(form));
    }

    @PostMapping("/statuses/{statusId}")
    ModelAndView update(@PathVariable long typeId, @PathVariable long statusId, StatusForm form,
                        @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        requireStatus(typeId, statusId);
        return pages.answer(new Submission(typeId, "status-" + statusId, PART, htmx),
                () -> workflows.updateStatus(statusId, form.name(), form.category(), form.wholePosition(), actor),
                page -> page.keeping(statusId, form));
    }

    /** Refused while tickets have the status: the message says so next to it. */
    @PostMapping("/statuses/{statusId}/remove")
    ModelAndView remove(@PathVariable long typeId, @PathVariable long statusId,
                        @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        requireStatus(typeId, statusId);
        return pages.answer(new Submission(typeId, "status-" + statusId, PART, htmx),
                () -> workflows.removeStatus(statusId, actor), page -> page);
    }

    /** The whole matrix in one post: each checked box is "from:to"; every row of the type is replaced. */
    @PostMapping("/transitions")
    ModelAndView transitions(@PathVariable long typeId,
                             @RequestParam(name = "allow", required = false) List<String> allow,
                             @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Actor actor) {
        TicketTypeView type = typeOf(typeId);
        return pages.answer(new Submission(typeId, "transitions", PART, htmx), () -> {
            Map<Long, Set<Long>> next = allowed(allow == null ? List.of() : allow);
            for (StatusView from : type.statuses()) {
                workflows.allowTransitions(from.id(), next.getOrDefault(from.id(), Set.of()), actor);
            }
        }, page -> page);
    }

    private static Map<Long, Set<Long>> allowed(List<String> cells) {
        var next = new HashMap<Long, Set<Long>>();
        for (String cell : cells) {
            String[] ids = cell.split(":");
            try {
                next.computeIfAbsent(Long.parseLong(ids[0]), id -> new HashSet<>()).add(Long.parseLong(ids[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidInput("allow", "each transition is two status ids, from:to");
            }
        }
        return next;
    }

    private TicketTypeView typeOf(long typeId) {
        TicketTypeView type = workflows.catalog().type(typeId);
        if (type == null) {
            throw new NotFound("Ticket type " + typeId);
        }
        return type;
    }

    /** A status reached through another type's address is not found there. */
    private void requireStatus(long typeId, long statusId) {
        if (typeOf(typeId).statuses().stream().noneMatch(s -> s.id() == statusId)) {
            throw new NotFound("Status " + statusId);
        }
    }
}
