package org.tessera.email.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.email.EmailDisplay;
import org.tessera.email.EmailThreads;
import org.tessera.email.MailIntake;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;

/** What an agent does with an email on the ticket page: download its original, parse it again, move or split it. */
@Controller
class EmailActionsController {

    private final EmailDisplay display;
    private final EmailThreads threads;
    private final MailIntake intake;
    private final TicketQueries tickets;

    EmailActionsController(EmailDisplay display, EmailThreads threads, MailIntake intake, TicketQueries tickets) {
        this.display = display;
        this.threads = threads;
        this.intake = intake;
        this.tickets = tickets;
    }

    @GetMapping("/email/messages/{emailId}/raw")
    ResponseEntity<Resource> raw(@PathVariable long emailId, Actor actor) {
        return InboundMailApi.download(display.raw(emailId, actor));
    }

    @PostMapping("/email/messages/{emailId}/reparse")
    String reparse(@PathVariable long emailId, @RequestParam long ticket, Actor actor, RedirectAttributes flash) {
        intake.reparse(emailId, actor);
        flash.addFlashAttribute("emailNotice", "email.reparsed");
        return "redirect:/tickets/" + number(ticket, actor);
    }

    @PostMapping("/email/messages/{emailId}/move")
    String move(@PathVariable long emailId, @RequestParam long ticket, @RequestParam(defaultValue = "") String target,
                Actor actor, RedirectAttributes flash) {
        try {
            long number = Long.parseLong(target.strip().replaceFirst("^#", ""));
            TicketDetails moved = threads.move(emailId, number, actor);
            return "redirect:/tickets/" + moved.number();
        } catch (NumberFormatException | NotFound | Conflict | InvalidInput refused) {
            flash.addFlashAttribute("composerError", refused instanceof NumberFormatException
                    ? "Give the number of the ticket to move the email to" : refused.getMessage());
            return "redirect:/tickets/" + number(ticket, actor);
        }
    }

    @PostMapping("/email/messages/{emailId}/split")
    String split(@PathVariable long emailId, @RequestParam long ticket, Actor actor, RedirectAttributes flash) {
        try {
            return "redirect:/tickets/" + threads.split(emailId, actor).number();
        } catch (InvalidInput | Conflict refused) {
            flash.addFlashAttribute("composerError", refused.getMessage());
            return "redirect:/tickets/" + number(ticket, actor);
        }
    }

    private long number(long ticketId, Actor actor) {
        return tickets.get(ticketId, actor).number();
    }
}
