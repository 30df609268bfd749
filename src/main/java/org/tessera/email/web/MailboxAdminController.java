package org.tessera.email.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.email.MailboxManagement;
import org.tessera.email.MailboxView;
import org.tessera.email.internal.EmailSettings;
import org.tessera.email.internal.SmtpReceiver;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.Workflows;

/** The administrator's pages for mailboxes: the list with each one's state, the form, and a connection test. */
@Controller
@RequestMapping("/admin/email/mailboxes")
class MailboxAdminController {

    private final MailboxManagement mailboxes;
    private final Directory directory;
    private final Workflows workflows;
    private final EmailSettings settings;
    private final SmtpReceiver receiver;

    MailboxAdminController(MailboxManagement mailboxes, Directory directory, Workflows workflows,
                           EmailSettings settings, SmtpReceiver receiver) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.workflows = workflows;
        this.settings = settings;
        this.receiver = receiver;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("mailboxes", mailboxes.all(actor));
        model.addAttribute("teams", directory.teamsById());
        model.addAttribute("supportAddress", settings.supportAddress());
        model.addAttribute("smtpPort", receiver.port());
        return "email/mailboxes";
    }

    @GetMapping("/new")
    String newMailbox(Model model) {
        return form(null, new MailboxForm(), Map.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Actor actor, Model model) {
        MailboxView mailbox = mailboxes.get(id, actor);
        return form(mailbox, MailboxForm.of(mailbox), Map.of(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") MailboxForm form, Actor actor, Model model, RedirectAttributes flash) {
        try {
            MailboxView created = mailboxes.create(form.settings(), actor);
            flash.addFlashAttribute("notice", "mailboxes.created");
            flash.addFlashAttribute("noticeArg", created.name());
            return "redirect:/admin/email/mailboxes";
        } catch (InvalidInput | Conflict refused) {
            return form(null, form, errors(refused), model);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MailboxForm form, Actor actor, Model model,
                  RedirectAttributes flash) {
        try {
            MailboxView saved = mailboxes.update(id, form.settings(), actor);
            flash.addFlashAttribute("notice", "mailboxes.saved");
            flash.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/admin/email/mailboxes/" + id;
        } catch (InvalidInput | Conflict refused) {
            return form(mailboxes.get(id, actor), form, errors(refused), model);
        }
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        flash.addFlashAttribute("testResult", mailboxes.test(id, actor));
        return "redirect:/admin/email/mailboxes/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        String name = mailboxes.get(id, actor).name();
        mailboxes.delete(id, actor);
        flash.addFlashAttribute("notice", "mailboxes.deleted");
        flash.addFlashAttribute("noticeArg", name);
        return "redirect:/admin/email/mailboxes";
    }

    private String form(MailboxView mailbox, MailboxForm form, Map<String, String> errors, Model model) {
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", directory.teams());
        model.addAttribute("types", workflows.catalog().activeTypes());
        return "email/mailbox";
    }

    static Map<String, String> errors(RuntimeException refused) {
        var errors = new LinkedHashMap<String, String>();
        if (refused instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        } else if (refused instanceof Conflict conflict) {
            errors.put(conflict.field() == null ? "form" : conflict.field(), conflict.getMessage());
        }
        return errors;
    }
}
