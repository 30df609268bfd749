package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.conversation.MultipartUpload;
import org.tessera.identity.Actor;
import org.tessera.identity.BrowserSignIn;
import org.tessera.portal.FormAccess;
import org.tessera.portal.FormField;
import org.tessera.portal.Problem;
import org.tessera.portal.RefusedRequest;
import org.tessera.portal.RequestInput;
import org.tessera.portal.RequestIntake;
import org.tessera.portal.RequestIntake.AwaitingConfirmation;
import org.tessera.portal.RequestIntake.Confirmed;
import org.tessera.portal.RequestIntake.Opened;
import org.tessera.portal.RequestIntake.Outcome;
import org.tessera.portal.WebFormView;
import org.tessera.portal.WebForms;
import org.tessera.portal.internal.CustomerLetters;
import org.tessera.shared.Forbidden;
import org.tessera.shared.NotFound;
import org.tessera.ticket.Workflows;
import org.tessera.web.Modules;

/**
 * Sending a request: the portal's "submit a request" page, each web form at its own address and embedded in other
 * sites, and the page where someone who was not signed in confirms their request from the emailed link.
 */
@Controller
class PortalForms {

    static final String HONEYPOT = "website";

    private final WebForms forms;
    private final RequestIntake intake;
    private final Workflows workflows;
    private final Modules modules;
    private final CustomerLetters letters;
    private final BrowserSignIn signIn;

    PortalForms(WebForms forms, RequestIntake intake, Workflows workflows, Modules modules, CustomerLetters letters,
                BrowserSignIn signIn) {
        this.forms = forms;
        this.intake = intake;
        this.workflows = workflows;
        this.modules = modules;
        this.letters = letters;
        this.signIn = signIn;
    }

    /** "Submit a request": the one form there is, a choice among several, or the plain form while forms are off. */
    @GetMapping("/portal/new")
    String newRequest(Optional<Actor> actor, Model model) {
        if (!modules.isOn("forms")) {
            if (actor.isEmpty()) {
                return "redirect:/portal/login";
            }
            return show(basic(), actor, Map.of(), Map.of(), model, false);
        }
        List<WebFormView> listed = forms.listed();
        if (listed.size() == 1) {
            return show(listed.get(0), actor, Map.of(), Map.of(), model, false);
        }
        model.addAttribute("forms", listed);
        return "portal/choose-form";
    }

    /** Where other helpdesks keep "new request" (Zendesk's /requests/new): links and habits from there land here. */
    @GetMapping("/portal/requests/new")
    String newRequestElsewhere() {
        return "redirect:/portal/new";
    }

    /** The plain request form, while administrators have web forms switched off: signed-in customers only. */
    @PostMapping("/portal/new")
    String sendBasic(@RequestParam MultiValueMap<String, String> params,
                     @RequestParam(value = "files", required = false) List<MultipartFile> files, Actor actor,
                     HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        if (modules.isOn("forms")) {
            throw new NotFound("Page");
        }
        return send(basic(), params, files, Optional.of(actor), request, response, locale, model, false);
    }

    @GetMapping("/portal/forms/{key}")
    String form(@PathVariable String key, Optional<Actor> actor, Model model) {
        return show(form(key), actor, Map.of(), Map.of(), model, false);
    }

    @PostMapping("/portal/forms/{key}")
    String send(@PathVariable String key, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(value = "files", required = false) List<MultipartFile> files, Optional<Actor> actor,
                HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return send(form(key), params, files, actor, request, response, locale, model, false);
    }

    /** The form inside another site's frame: no session there, so always as someone who has not signed in. */
    @GetMapping("/portal/forms/{key}/embed")
    String embed(@PathVariable String key, HttpServletResponse response, Model model) {
        WebFormView form = form(key);
        frameable(form, response);
        return show(form, Optional.empty(), Map.of(), Map.of(), model, true);
    }

    @PostMapping("/portal/forms/{key}/embed")
    String sendEmbedded(@PathVariable String key, @RequestParam MultiValueMap<String, String> params,
                        @RequestParam(value = "files", required = false) List<MultipartFile> files,
                        HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        WebFormView form = form(key);
        frameable(form, response);
        return send(form, params, files, Optional.empty(), request, response, locale, model, true);
    }

    @GetMapping("/portal/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        model.addAttribute("request", intake.unconfirmed(token));
        model.addAttribute("token", token);
        return "portal/confirm";
    }

    @PostMapping("/portal/confirm/{token}")
    String confirm(@PathVariable String token, Optional<Actor> actor, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Confirmed confirmed = intake.confirm(token);
        boolean sameAsSignedIn = actor.map(a -> a.userId() != null && a.userId() == confirmed.requesterId())
                .orElse(false);
        if (confirmed.mayBeSignedIn() && (actor.isEmpty() || sameAsSignedIn)) {
            // Opening the link proved the address, exactly like a sign-in link.
            if (!sameAsSignedIn) {
                signIn.signIn(confirmed.requesterId(), request, response);
            }
            return "redirect:/portal/requests/" + confirmed.number() + "?created";
        }
        model.addAttribute("number", confirmed.number());
        return "portal/confirmed";
    }

    private String send(WebFormView form, MultiValueMap<String, String> params, List<MultipartFile> files,
                        Optional<Actor> actor, HttpServletRequest request, HttpServletResponse response,
                        Locale locale, Model model, boolean embedded) {
        if (form.access() == FormAccess.SIGNED_IN && actor.isEmpty()) {
            if (embedded) {
                throw new Forbidden("Sign in to send this form");
            }
            return "redirect:/portal/login";
        }
        var values = new LinkedHashMap<String, List<String>>(params);
        var input = new RequestInput(values, MultipartUpload.of(files), params.getFirst("email"),
                params.getFirst("name"), params.getFirst(HONEYPOT), params.getFirst("stamp"));
        try {
            Outcome outcome = intake.submit(form, input, actor, request.getRemoteAddr(), locale);
            if (outcome instanceof Opened opened) {
                return "redirect:/portal/requests/" + opened.number() + "?created";
            }
            String email = outcome instanceof AwaitingConfirmation awaiting ? awaiting.email() : input.email();
            model.addAttribute("email", email == null ? "" : email.strip());
            model.addAttribute("kind", "confirm");
            model.addAttribute("delivered", letters.accountMailDelivered());
            model.addAttribute("embedded", embedded);
            if (embedded) {
                model.addAttribute("sent", true);
                model.addAttribute("form", form);
                return "portal/form-embed";
            }
            return "portal/check-email";
        } catch (RefusedRequest refused) {
            PortalPages.refuse(response, refused);
            return show(form, actor, refused.problems(), values, model, embedded);
        }
    }

    private String show(WebFormView form, Optional<Actor> actor, Map<String, Problem> problems,
                        Map<String, List<String>> values, Model model, boolean embedded) {
        model.addAttribute("form", form);
        model.addAttribute("fields", forms.shownFields(form));
        model.addAttribute("problems", problems);
        model.addAttribute("values", new FormInputs(values));
        model.addAttribute("signedIn", actor.isPresent());
        model.addAttribute("needsSignIn", form.access() == FormAccess.SIGNED_IN && actor.isEmpty());
        model.addAttribute("stamp", actor.isPresent() ? "" : intake.stamp(form));
        model.addAttribute("action", form.id() == 0 ? "/portal/new" : embedded ? form.embedPath() : form.path());
        model.addAttribute("embedded", embedded);
        model.addAttribute("suggest", modules.isOn("knowledge"));
        model.addAttribute("sent", false);
        return embedded ? "portal/form-embed" : "portal/form";
    }

    /** The plain request form: subject, description, files, of the first ticket type, for signed-in customers. */
    private WebFormView basic() {
        String type = workflows.catalog().activeTypes().get(0).key();
        return new WebFormView(0, "", "", "", type, FormAccess.SIGNED_IN, true, true, List.of(), 0, List.of(
                new FormField(FormField.SUBJECT, null, "", true), new FormField(FormField.DESCRIPTION, null, "", true),
                new FormField(FormField.ATTACHMENTS, null, "", false)), 0);
    }

    private WebFormView form(String key) {
        return forms.byKey(key).orElseThrow(() -> new NotFound("Form"));
    }

    /** Only this page may be framed, and only by the sites the form names (any site when it names none). */
    private static void frameable(WebFormView form, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "frame-ancestors " + form.frameAncestors());
    }

    /** The values as sent, to fill the form in again when it is refused. */
    public record FormInputs(Map<String, List<String>> values) {

        public String text(String name) {
            List<String> all = values.get(name);
            return all == null || all.isEmpty() ? "" : all.get(0);
        }

        public boolean has(String name, String value) {
            return values.getOrDefault(name, new ArrayList<>()).contains(value);
        }
    }
}
