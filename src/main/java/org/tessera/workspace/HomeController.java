package org.tessera.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tessera.identity.Actor;
import org.tessera.web.Modules;

/**
 * Where "/" leads: the ticket queues for those who work tickets; for customers their requests in the portal (or the
 * account page while the portal is switched off).
 */
@Controller
class HomeController {

    private final Modules modules;

    HomeController(Modules modules) {
        this.modules = modules;
    }

    @GetMapping("/")
    String home(Actor actor) {
        if (actor.isCustomer()) {
            return modules.isOn("portal") ? "redirect:/portal/requests" : "redirect:/account";
        }
        return "redirect:/tickets";
    }
}
