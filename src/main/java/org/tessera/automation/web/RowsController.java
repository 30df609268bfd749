package org.tessera.automation.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;

/** One row of the rule or macro form, new or reshaped after its field or kind changed (for htmx). */
@Controller
class RowsController {

    private final Choices choices;

    RowsController(Choices choices) {
        this.choices = choices;
    }

    @GetMapping("/automation/rows/condition")
    String conditionRow(@RequestParam int index, @RequestParam MultiValueMap<String, String> params, Actor actor,
                        Model model) {
        requireStaff(actor);
        String field = params.getFirst("c[" + index + "].field");
        String chosen = field == null || field.isBlank() ? "category" : field;
        model.addAttribute("row", new ConditionRow(index, chosen, ConditionRow.operatorsOf(chosen).get(0), List.of()));
        model.addAttribute("o", choices.load());
        model.addAttribute("errors", Map.of());
        return "automation/rule :: condition-row";
    }

    @GetMapping("/automation/rows/action")
    String actionRow(@RequestParam int index, @RequestParam MultiValueMap<String, String> params,
                     @RequestParam(defaultValue = "false") boolean macro, Actor actor, Model model) {
        requireStaff(actor);
        String kind = params.getFirst("a[" + index + "].kind");
        ActionRow blank = ActionRow.blank(index);
        model.addAttribute("row", new ActionRow(index, kind == null || kind.isBlank() ? "set-status" : kind, "", "",
                "", blank.recipient(), blank.strategy(), "", "", "", ""));
        model.addAttribute("o", choices.load());
        model.addAttribute("errors", Map.of());
        model.addAttribute("kinds", macro ? ActionRow.MACRO_KINDS : ActionRow.KINDS);
        model.addAttribute("macro", macro);
        return "automation/rule :: action-row";
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents edit rules and macros");
        }
    }
}
