package org.tessera.sla.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tessera.identity.Actor;
import org.tessera.sla.SlaClocks;
import org.tessera.ticket.TicketAccess;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;

/** The ticket's SLA targets beside the composer, where the agent answers. */
@Controller
class SlaBadgeController {

    private final SlaClocks clocks;
    private final TicketManagement tickets;
    private final TicketQueries queries;

    SlaBadgeController(SlaClocks clocks, TicketManagement tickets, TicketQueries queries) {
        this.clocks = clocks;
        this.tickets = tickets;
        this.queries = queries;
    }

    @GetMapping("/tickets/{number}/sla")
    String badge(@PathVariable long number, Actor actor, Model model) {
        TicketAccess access = queries.access(tickets.idOf(number), actor);
        model.addAttribute("sla", actor.isStaff() ? clocks.of(access.ticketId()).orElse(null) : null);
        return "sla/badge :: badge";
    }
}
