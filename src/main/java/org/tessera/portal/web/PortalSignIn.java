package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.identity.BrowserSignIn;
import org.tessera.identity.UserManagement;
import org.tessera.portal.PortalAccounts;
import org.tessera.portal.Problem;
import org.tessera.portal.internal.CustomerLetters;
import org.tessera.portal.internal.RateLimits;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/**
 * Signing in to the portal: with a password (Spring Security takes the POST), with a link by email, and signing up or
 * choosing a new password through a link. A link's page asks for one click before using it, so that mail scanners
 * that open links never use them up.
 */
@Controller
class PortalSignIn {

    static final int LINKS_PER_ADDRESS_AND_HOUR = 60;
    static final int LINKS_PER_EMAIL_AND_HOUR = 5;

    private final PortalAccounts accounts;
    private final BrowserSignIn signIn;
    private final RateLimits limits;
    private final CustomerLetters letters;

    PortalSignIn(PortalAccounts accounts, BrowserSignIn signIn, RateLimits limits, CustomerLetters letters) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.limits = limits;
        this.letters = letters;
    }

    @GetMapping("/portal/login")
    String login(Optional<Actor> actor) {
        return actor.isPresent() ? "redirect:/portal/requests" : "portal/login";
    }

    @GetMapping("/portal/signin-link")
    String signInLinkForm(Model model) {
        model.addAttribute("problems", Map.of());
        return "portal/signin-link";
    }

    @PostMapping("/portal/signin-link")
    String sendSignInLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
                          HttpServletResponse response, Locale locale, Model model) {
        if (!allowed(request, email)) {
            response.setStatus(429);
            model.addAttribute("problems", Map.of("form", Problem.of("portal.form.error.tooMany")));
            return "portal/signin-link";
        }
        try {
            accounts.sendSignInLink(email, locale);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            model.addAttribute("email", email);
            model.addAttribute("problems", Map.of("email", Problem.of("portal.form.error.email")));
            return "portal/signin-link";
        }
        return checkEmail(model, email, "signIn");
    }

    @GetMapping("/portal/signin-link/{token}")
    String confirmSignIn(@PathVariable String token, Model model) {
        model.addAttribute("email", accounts.signInLinkFor(token).orElse(null));
        model.addAttribute("token", token);
        return "portal/signin-link-confirm";
    }

    @PostMapping("/portal/signin-link/{token}")
    String signInWithLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        try {
            long userId = accounts.useSignInLink(token);
            signIn.signIn(userId, request, response);
            return "redirect:/portal/requests";
        } catch (NotFound | Forbidden expired) {
            response.setStatus(410);
            model.addAttribute("token", token);
            return "portal/signin-link-confirm";
        }
    }

    @GetMapping("/portal/signup")
    String signUpForm(Optional<Actor> actor, Model model) {
        if (actor.isPresent()) {
            return "redirect:/portal/requests";
        }
        model.addAttribute("problems", Map.of());
        model.addAttribute("reset", false);
        return "portal/signup";
    }

    @GetMapping("/portal/password")
    String forgotPasswordForm(Model model) {
        model.addAttribute("problems", Map.of());
        model.addAttribute("reset", true);
        return "portal/signup";
    }

    /** Sign-up and a forgotten password both send a link to choose a password; the page cannot tell them apart. */
    @PostMapping({"/portal/signup", "/portal/password"})
    String sendPasswordLink(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
                            @RequestParam(defaultValue = "false") boolean reset, @RequestParam(defaultValue = "") String website,
                            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("reset", reset);
        if (!website.isBlank()) {
            return checkEmail(model, email, reset ? "reset" : "signUp");
        }
        if (!allowed(request, email)) {
            response.setStatus(429);
            model.addAttribute("problems", Map.of("form", Problem.of("portal.form.error.tooMany")));
            return "portal/signup";
        }
        try {
            accounts.sendPasswordLink(email, name, locale);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            model.addAttribute("email", email);
            model.addAttribute("name", name);
            model.addAttribute("problems", PortalPages.problems(invalid).entrySet().stream().collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("email")
                            ? Problem.of("portal.form.error.email") : e.getValue())));
            return "portal/signup";
        }
        return checkEmail(model, email, reset ? "reset" : "signUp");
    }

    @GetMapping("/portal/password/{token}")
    String choosePasswordForm(@PathVariable String token, Model model) {
        model.addAttribute("email", accounts.passwordLinkFor(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("problems", Map.of());
        model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
        return "portal/password";
    }

    @PostMapping("/portal/password/{token}")
    String choosePassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String repeatPassword, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        try {
            long userId = accounts.choosePassword(token, password, repeatPassword);
            signIn.signIn(userId, request, response);
            return "redirect:/portal/requests?welcome";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            model.addAttribute("email", accounts.passwordLinkFor(token).orElse(null));
            model.addAttribute("token", token);
            model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
            model.addAttribute("problems", PortalPages.problems(invalid));
            return "portal/password";
        } catch (NotFound | Forbidden expired) {
            response.setStatus(410);
            model.addAttribute("email", null);
            model.addAttribute("token", token);
            model.addAttribute("problems", Map.of());
            return "portal/password";
        }
    }

    private String checkEmail(Model model, String email, String kind) {
        model.addAttribute("email", email.strip());
        model.addAttribute("kind", kind);
        model.addAttribute("delivered", letters.accountMailDelivered());
        return "portal/check-email";
    }

    private boolean allowed(HttpServletRequest request, String email) {
        return limits.allow("links:address:" + request.getRemoteAddr(), LINKS_PER_ADDRESS_AND_HOUR)
                & limits.allow("links:email:" + email.strip().toLowerCase(Locale.ROOT), LINKS_PER_EMAIL_AND_HOUR);
    }
}
