package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.portal.Problem;
import org.tessera.shared.InvalidInput;

/** A customer's own profile in the portal: who they are, the language of their pages and emails, their password. */
@Controller
class PortalProfile {

    private final UserManagement users;
    private final Directory directory;
    private final LocaleResolver locales;

    PortalProfile(UserManagement users, Directory directory, LocaleResolver locales) {
        this.users = users;
        this.directory = directory;
        this.locales = locales;
    }

    @GetMapping("/portal/profile")
    String profile(Actor actor, Model model) {
        return page(actor, model, Map.of());
    }

    @PostMapping("/portal/profile/language")
    String language(@RequestParam(defaultValue = "") String locale, Actor actor, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes flash) {
        users.preferLocale(actor.userId(), locale);
        locales.setLocale(request, response, Locale.forLanguageTag(locale));
        flash.addFlashAttribute("notice", "portal.profile.languageSaved");
        return "redirect:/portal/profile";
    }

    @PostMapping("/portal/profile/password")
    String password(@RequestParam(defaultValue = "") String currentPassword,
                    @RequestParam(defaultValue = "") String newPassword,
                    @RequestParam(defaultValue = "") String repeatPassword, Actor actor, HttpServletResponse response,
                    Model model, RedirectAttributes flash) {
        if (!newPassword.equals(repeatPassword)) {
            response.setStatus(400);
            return page(actor, model, Map.of("repeatPassword", Problem.of("portal.error.repeatPassword")));
        }
        try {
            users.changeOwnPassword(actor.userId(), currentPassword, newPassword);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return page(actor, model, PortalPages.problems(invalid));
        }
        flash.addFlashAttribute("notice", "portal.profile.passwordSaved");
        return "redirect:/portal/profile";
    }

    private String page(Actor actor, Model model, Map<String, Problem> problems) {
        UserAccount account = users.account(actor.userId());
        model.addAttribute("account", account);
        model.addAttribute("organization", account.organizationId() == null ? null
                : directory.organization(account.organizationId()).orElse(null));
        model.addAttribute("languages", UserManagement.LOCALES.stream().sorted().toList());
        model.addAttribute("problems", problems);
        model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
        return "portal/profile";
    }
}
