package org.tessera.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tessera.identity.Actor;

/** Where "/" leads: the ticket queues for those who work tickets, the account page for customers. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Actor actor) {
        return actor.isCustomer() ? "redirect:/account" : "redirect:/tickets";
    }
}
