package org.tessera.email.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.email.Outbox;
import org.tessera.email.OutboxEntry;
import org.tessera.email.OutboxEntry.Status;
import org.tessera.identity.Actor;
import org.tessera.ticket.TicketQueries;

/** The administrator's view of the outbox: every email, its status and errors, and sending a failed one again. */
@Controller
@RequestMapping("/admin/email/outbox")
class OutboxAdminController {

    private final Outbox outbox;
    private final TicketQueries tickets;

    OutboxAdminController(Outbox outbox, TicketQueries tickets) {
        this.outbox = outbox;
        this.tickets = tickets;
    }

    @GetMapping
    String list(@RequestParam(required = false) Status status, Actor actor, Model model) {
        List<OutboxEntry> entries = outbox.recent(status, null, 300, actor);
        model.addAttribute("entries", entries);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("counts", outbox.counts(actor));
        return "email/outbox";
    }

    /** From an outbox line to its ticket's page. */
    @GetMapping("/ticket/{ticketId}")
    String ticket(@PathVariable long ticketId, Actor actor) {
        return "redirect:/tickets/" + tickets.get(ticketId, actor).number();
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        OutboxEntry entry = outbox.sendAgain(id, actor);
        flash.addFlashAttribute("notice", "outbox.requeued");
        flash.addFlashAttribute("noticeArg", entry.recipient());
        return "redirect:/admin/email/outbox";
    }
}
