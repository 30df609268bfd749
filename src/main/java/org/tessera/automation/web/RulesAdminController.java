package org.tessera.automation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.automation.DryRunReport;
import org.tessera.automation.Rules;
import org.tessera.automation.rule.Rule;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/**
 * The administrator's rules: the ordered list, and the form that builds a rule from rows of conditions and actions,
 * with its dry run. Rows are added and reshaped by htmx, one row at a time.
 */
@Controller
@RequestMapping("/admin/rules")
class RulesAdminController {

    private final Rules rules;
    private final Choices choices;

    RulesAdminController(Rules rules, Choices choices) {
        this.rules = rules;
        this.choices = choices;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("activity", rules.activity());
        return "automation/rules";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(RuleForm.empty(), Map.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(RuleForm.of(rules.get(id)), Map.of(), model);
    }

    @PostMapping
    String saveNew(@RequestParam MultiValueMap<String, String> params, Actor actor, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        return save(0, params, actor, model, response, flash);
    }

    @PostMapping("/{id}")
    String saveExisting(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                        Model model, HttpServletResponse response, RedirectAttributes flash) {
        rules.get(id);
        return save(id, params, actor, model, response, flash);
    }

    private String save(long id, MultiValueMap<String, String> params, Actor actor, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        RuleForm form = RuleForm.read(id, params);
        try {
            Rule draft = form.toRule();
            Rule saved = id == 0 ? rules.create(draft, actor) : rules.update(id, draft, actor);
            flash.addFlashAttribute("notice", "automation.saved");
            flash.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/admin/rules";
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            return form(form, errors(refused), model);
        }
    }

    @PostMapping("/dry-run")
    String dryRun(@RequestParam MultiValueMap<String, String> params,
                  @RequestParam(defaultValue = "0") long id, @RequestParam(defaultValue = "50") int last,
                  Actor actor, Model model) {
        RuleForm form = RuleForm.read(id, params);
        var options = choices.load();
        model.addAttribute("o", options);
        try {
            DryRunReport report = rules.dryRun(form.toRule(), last, actor);
            var summaries = new LinkedHashMap<Integer, String>();
            form.conditions().forEach(row -> summaries.put(row.index(), choices.describe(row, options)));
            var notMet = new LinkedHashMap<Long, String>();
            report.notMatching().forEach(row -> notMet.put(row.ticketId(), String.join("; ",
                    row.failingConditions().stream().map(i -> summaries.getOrDefault(i, "#" + (i + 1))).toList())));
            model.addAttribute("report", report);
            model.addAttribute("notMet", notMet);
            model.addAttribute("catalog", options.catalog());
        } catch (InvalidInput | Conflict refused) {
            model.addAttribute("dryRunErrors", errors(refused));
        }
        return "automation/rule :: dry-run";
    }

    @PostMapping("/{id}/active")
    String activate(@PathVariable long id, @RequestParam boolean active, Actor actor) {
        rules.activate(id, active, actor);
        return "redirect:/admin/rules";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, Actor actor) {
        rules.move(id, direction, actor);
        return "redirect:/admin/rules";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        String name = rules.get(id).name();
        rules.delete(id, actor);
        flash.addFlashAttribute("notice", "automation.deleted");
        flash.addFlashAttribute("noticeArg", name);
        return "redirect:/admin/rules";
    }

    private String form(RuleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("o", choices.load());
        model.addAttribute("kinds", ActionRow.KINDS);
        model.addAttribute("macro", false);
        return "automation/rule";
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
