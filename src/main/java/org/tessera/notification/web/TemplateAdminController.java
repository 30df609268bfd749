package org.tessera.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.notification.NotificationEvent;
import org.tessera.notification.NotificationTemplates;
import org.tessera.notification.TemplateText;
import org.tessera.shared.InvalidInput;

/** Administrators edit the notification emails per event and language, with a live preview. */
@Controller
@RequestMapping("/admin/notifications")
class TemplateAdminController {

    private final NotificationTemplates templates;

    TemplateAdminController(NotificationTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("templates", templates.all(actor));
        return "notification/templates";
    }

    @GetMapping("/{event}/{language}")
    String edit(@PathVariable String event, @PathVariable String language, Actor actor, Model model) {
        TemplateText text = templates.template(NotificationEvent.byKey(event), language, actor);
        return form(text.event(), language, text.subject(), text.body(), text.customized(), Map.of(), model);
    }

    @PostMapping("/{event}/{language}")
    String save(@PathVariable String event, @PathVariable String language, @RequestParam String subject,
                @RequestParam String body, Actor actor, Model model, RedirectAttributes flash) {
        NotificationEvent e = NotificationEvent.byKey(event);
        try {
            templates.save(e, language, subject, body, actor);
            flash.addFlashAttribute("notice", "templates.saved");
            return "redirect:/admin/notifications/" + event + "/" + language;
        } catch (InvalidInput invalid) {
            var errors = new LinkedHashMap<String, String>();
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            return form(e, language, subject, body, true, errors, model);
        }
    }

    @PostMapping("/{event}/{language}/reset")
    String reset(@PathVariable String event, @PathVariable String language, Actor actor, RedirectAttributes flash) {
        templates.reset(NotificationEvent.byKey(event), language, actor);
        flash.addFlashAttribute("notice", "templates.reset");
        return "redirect:/admin/notifications/" + event + "/" + language;
    }

    /** The preview of what is in the form now (htmx, as the administrator types). */
    @PostMapping("/{event}/{language}/preview")
    String preview(@PathVariable String event, @PathVariable String language,
                   @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                   Actor actor, Model model) {
        templates.template(NotificationEvent.byKey(event), language, actor);
        model.addAttribute("preview", templates.preview(NotificationEvent.byKey(event), language, subject, body));
        return "notification/template :: preview";
    }

    private String form(NotificationEvent event, String language, String subject, String body, boolean customized,
                        Map<String, String> errors, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("language", language);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("customized", customized);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", templates.preview(event, language, subject, body));
        return "notification/template";
    }
}
