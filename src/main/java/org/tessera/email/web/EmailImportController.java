package org.tessera.email.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.email.Arrival;
import org.tessera.email.IntakeResult;
import org.tessera.email.MailIntake;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;
import org.tessera.ticket.TicketQueries;

/** Agents import .eml files (saved from a mail client, or to try Tessera) through the same intake as all mail. */
@Controller
class EmailImportController {

    private final MailIntake intake;
    private final TicketQueries tickets;

    EmailImportController(MailIntake intake, TicketQueries tickets) {
        this.intake = intake;
        this.tickets = tickets;
    }

    /** One imported file and what became of it. */
    record Imported(String name, IntakeResult result, Long number) {
    }

    @GetMapping("/email/import")
    String page(Actor actor) {
        requireStaff(actor);
        return "email/import";
    }

    @PostMapping("/email/import")
    String upload(@RequestParam(value = "files", required = false) List<MultipartFile> files, Actor actor,
                  Model model) throws IOException {
        requireStaff(actor);
        var results = new ArrayList<Imported>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            IntakeResult result = intake.receive(file.getBytes(), Arrival.upload(), actor);
            Long number = result.ticketId() == null ? null : tickets.get(result.ticketId(), actor).number();
            results.add(new Imported(file.getOriginalFilename(), result, number));
        }
        if (results.isEmpty()) {
            model.addAttribute("error", "Choose at least one .eml file");
        }
        model.addAttribute("results", results);
        return "email/import";
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents import emails");
        }
    }
}
