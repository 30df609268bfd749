package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.portal.Satisfaction;
import org.tessera.portal.Score;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/**
 * Rating from the email: its "good" and "bad" links open this page with that choice made; one click sends it, with a
 * comment if the requester likes. Opening the link alone records nothing, since mail scanners open links too.
 */
@Controller
class RatingLinks {

    private final Satisfaction satisfaction;

    RatingLinks(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @GetMapping("/portal/rate/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String score, Model model) {
        model.addAttribute("linked", satisfaction.linked(token));
        model.addAttribute("token", token);
        model.addAttribute("score", "bad".equalsIgnoreCase(score) ? "BAD" : "good".equalsIgnoreCase(score) ? "GOOD" : "");
        model.addAttribute("comment", "");
        return "portal/rate";
    }

    @PostMapping("/portal/rate/{token}")
    String rate(@PathVariable String token, @RequestParam(required = false) Score score,
                @RequestParam(defaultValue = "") String comment, HttpServletResponse response, Model model) {
        try {
            satisfaction.rateWithLink(token, score, comment);
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof Conflict ? 409 : 400);
            model.addAttribute("error", score == null ? "portal.rating.choose" : "portal.rating.refused");
            model.addAttribute("score", score == null ? "" : score.name());
            model.addAttribute("comment", comment);
        }
        model.addAttribute("linked", satisfaction.linked(token));
        model.addAttribute("token", token);
        if (!model.containsAttribute("score")) {
            model.addAttribute("score", "");
            model.addAttribute("comment", "");
        }
        return "portal/rate";
    }
}
