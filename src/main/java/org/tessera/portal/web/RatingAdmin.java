package org.tessera.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.portal.Satisfaction;
import org.tessera.portal.Score;

/** Every rating, newest first, with the share of good ones: for administrators. */
@Controller
class RatingAdmin {

    private final Satisfaction satisfaction;

    RatingAdmin(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @GetMapping("/admin/ratings")
    String list(@RequestParam(required = false) Score score, @RequestParam(defaultValue = "0") int page, Actor actor,
                Model model) {
        model.addAttribute("ratings", satisfaction.list(score, Math.max(0, page), 50, actor));
        model.addAttribute("score", score);
        return "portal/admin/ratings";
    }
}
