package org.tessera.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.shared.InvalidInput;

/** Everyone's own account: who they are, their password, the language of their pages. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserManagement users;
    private final Directory directory;
    private final LocaleResolver locales;

    AccountController(UserManagement users, Directory directory, LocaleResolver locales) {
        this.users = users;
        this.directory = directory;
        this.locales = locales;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return UserManagement.MIN_PASSWORD_LENGTH;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return page(actor, model);
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult errors, Actor actor,
                          Model model, RedirectAttributes flash) {
        if (!passwordChangeForm.repeatedCorrectly()) {
            errors.rejectValue("repeatPassword", "account.error.repeatPassword", "does not match the new password");
        } else {
            try {
                users.changeOwnPassword(actor.userId(), passwordChangeForm.getCurrentPassword(),
                        passwordChangeForm.getNewPassword());
                flash.addFlashAttribute("notice", "account.passwordChanged");
                return "redirect:/account";
            } catch (InvalidInput refused) {
                FormErrors.reject(errors, refused, "account", UserManagement.MIN_PASSWORD_LENGTH);
            }
        }
        return page(actor, model);
    }

    @PostMapping("/language")
    String preferLanguage(@RequestParam(defaultValue = "") String locale, Actor actor, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes flash) {
        users.preferLocale(actor.userId(), locale);
        locales.setLocale(request, response, Locale.forLanguageTag(locale));
        flash.addFlashAttribute("notice", "account.languageSaved");
        return "redirect:/account";
    }

    private String page(Actor actor, Model model) {
        UserAccount account = users.account(actor.userId());
        model.addAttribute("account", account);
        model.addAttribute("organization", account.organizationId() == null ? null
                : directory.organization(account.organizationId()).orElse(null));
        model.addAttribute("languages", UserManagement.LOCALES.stream().sorted().toList());
        return "identity/account";
    }
}
