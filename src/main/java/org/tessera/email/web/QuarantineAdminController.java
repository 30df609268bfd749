package org.tessera.email.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.email.IntakeResult;
import org.tessera.email.MailQuarantine;
import org.tessera.identity.Actor;

/** The administrator's page of held emails: each with its reason and original, to take in again or discard. */
@Controller
@RequestMapping("/admin/email/quarantine")
class QuarantineAdminController {

    private final MailQuarantine quarantine;

    QuarantineAdminController(MailQuarantine quarantine) {
        this.quarantine = quarantine;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("entries", quarantine.recent(actor));
        return "email/quarantine";
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<Resource> raw(@PathVariable long id, Actor actor) {
        return InboundMailApi.download(quarantine.raw(id, actor));
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        IntakeResult result = quarantine.retry(id, actor);
        if (result.isQuarantined()) {
            flash.addFlashAttribute("notice", "quarantine.heldAgain");
            flash.addFlashAttribute("noticeArg", result.reason());
        } else {
            flash.addFlashAttribute("notice", "quarantine.takenIn");
        }
        return "redirect:/admin/email/quarantine";
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        quarantine.discard(id, actor);
        flash.addFlashAttribute("notice", "quarantine.discarded");
        return "redirect:/admin/email/quarantine";
    }
}
