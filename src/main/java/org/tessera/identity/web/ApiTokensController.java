package org.tessera.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.ApiTokens;
import org.tessera.identity.ApiTokens.IssuedToken;
import org.tessera.shared.InvalidInput;

/** A user's own API tokens: the new one is shown in clear exactly once, on the page after it was made. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("tokenForm", new TokenForm());
        return page(actor, model);
    }

    @PostMapping
    String issue(@ModelAttribute TokenForm tokenForm, BindingResult errors, Actor actor, Model model,
                 RedirectAttributes flash) {
        try {
            IssuedToken issued = tokens.issue(actor.userId(), tokenForm.getName());
            // A flash attribute lives for one request only: a reload no longer shows the token.
            flash.addFlashAttribute("issuedName", issued.name());
            flash.addFlashAttribute("issuedToken", issued.token());
            return "redirect:/account/tokens";
        } catch (InvalidInput refused) {
            FormErrors.reject(errors, refused, "tokens");
            return page(actor, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Actor actor, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes flash) {
        tokens.revoke(actor.userId(), id);
        if (Htmx.wantsFragment(request, response)) {
            model.addAttribute("notice", "tokens.revoked");
            model.addAttribute("tokens", tokens.of(actor.userId()));
            return "identity/tokens :: list";
        }
        flash.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.of(actor.userId()));
        return "identity/tokens";
    }
}
