package org.tessera.automation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.automation.MacroView;
import org.tessera.automation.Macros;
import org.tessera.automation.rule.Action;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;

/** Agents' macros: the list, the form, and applying one from the ticket page's composer. */
@Controller
class MacrosController {

    private static final Pattern ACTION = Pattern.compile("^a\\[(\\d+)]\\.(\\w+)$");

    private final Macros macros;
    private final Choices choices;
    private final TicketManagement tickets;
    private final TicketQueries queries;

    MacrosController(Macros macros, Choices choices, TicketManagement tickets, TicketQueries queries) {
        this.macros = macros;
        this.choices = choices;
        this.tickets = tickets;
        this.queries = queries;
    }

    @GetMapping("/macros")
    String list(Actor actor, Model model) {
        requireStaff(actor);
        model.addAttribute("macros", macros.available(actor));
        model.addAttribute("me", actor.userId());
        model.addAttribute("admin", actor.isAdmin());
        return "automation/macros";
    }

    @GetMapping("/macros/new")
    String create(Actor actor, Model model) {
        requireStaff(actor);
        return form(new MacroView(0, "", actor.userId(), "", Visibility.PUBLIC, List.of()), Map.of(), actor, model);
    }

    @GetMapping("/macros/{id}")
    String edit(@PathVariable long id, Actor actor, Model model) {
        return form(macros.get(id, actor), Map.of(), actor, model);
    }

    @PostMapping({"/macros", "/macros/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
                Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        requireStaff(actor);
        boolean shared = "true".equals(params.getFirst("shared"));
        var rows = actionRows(params);
        var draft = new MacroView(id == null ? 0 : id, text(params, "name"), shared ? null : actor.userId(),
                text(params, "body"), "INTERNAL".equals(params.getFirst("visibility")) ? Visibility.INTERNAL
                : Visibility.PUBLIC, List.of());
        try {
            var actions = new ArrayList<Action>();
            var violations = new ArrayList<Violation>();
            for (ActionRow row : rows) {
                try {
                    actions.add(row.toAction());
                } catch (IllegalArgumentException | NullPointerException wrong) {
                    violations.add(new Violation("actions[" + row.index() + "]", "fill in this row"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
            MacroView saved = macros.save(id, new MacroView(draft.id(), draft.name(), draft.ownerId(), draft.body(),
                    draft.visibility(), actions), actor);
            flash.addFlashAttribute("notice", "automation.macro.saved");
            flash.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/macros";
        } catch (InvalidInput | Conflict | Forbidden refused) {
            response.setStatus(refused instanceof Forbidden ? 403 : refused instanceof Conflict ? 409 : 400);
            Map<String, String> errors = refused instanceof Forbidden ? Map.of("shared", refused.getMessage())
                    : RulesAdminController.errors(refused);
            model.addAttribute("rows", rows);
            return form(draft, errors, actor, model);
        }
    }

    @PostMapping("/macros/{id}/delete")
    String delete(@PathVariable long id, Actor actor) {
        macros.delete(id, actor);
        return "redirect:/macros";
    }

    /** The picker in the ticket page's composer, loaded when the page opens. */
    @GetMapping("/tickets/{number}/macros")
    String picker(@PathVariable long number, Actor actor, Model model) {
        model.addAttribute("macros", macros.available(actor));
        model.addAttribute("number", number);
        return "automation/macro-picker :: picker";
    }

    /** Applies the macro; the page reloads to show the reply and the new field values. */
    @PostMapping("/tickets/{number}/macros/{id}")
    String apply(@PathVariable long number, @PathVariable long id,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Actor actor, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        long ticketId = tickets.idOf(number);
        queries.access(ticketId, actor);
        try {
            macros.apply(id, ticketId, null, actor);
            if (htmx != null) {
                response.setHeader("HX-Refresh", "true");
                return "automation/macro-picker :: applied";
            }
            return "redirect:/tickets/" + number;
        } catch (InvalidInput | Conflict refused) {
            if (htmx == null) {
                flash.addFlashAttribute("composerError", refused.getMessage());
                return "redirect:/tickets/" + number;
            }
            response.setStatus(refused instanceof Conflict ? 409 : 400);
            model.addAttribute("error", refused.getMessage());
            return "automation/macro-picker :: error";
        }
    }

    private String form(MacroView macro, Map<String, String> errors, Actor actor, Model model) {
        model.addAttribute("macro", macro);
        if (!model.containsAttribute("rows")) {
            var rows = new ArrayList<ActionRow>();
            for (int i = 0; i < macro.actions().size(); i++) {
                rows.add(ActionRow.of(i, macro.actions().get(i)));
            }
            model.addAttribute("rows", rows);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("o", choices.load());
        model.addAttribute("kinds", ActionRow.MACRO_KINDS);
        model.addAttribute("admin", actor.isAdmin());
        return "automation/macro";
    }

    private static List<ActionRow> actionRows(MultiValueMap<String, String> params) {
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            Matcher m = ACTION.matcher(name);
            if (m.matches() && !values.isEmpty()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>()).put(m.group(2),
                        values.get(0));
            }
        });
        var result = new ArrayList<ActionRow>();
        rows.values().forEach(r -> result.add(new ActionRow(result.size(), r.getOrDefault("kind", ""),
                r.getOrDefault("value", ""), r.getOrDefault("key", ""), "", "REQUESTER", "ROUND_ROBIN", "", "", "",
                "")));
        return result;
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents keep macros");
        }
    }
}
