package org.tessera.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.conversation.MultipartUpload;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.TooLarge;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;

/** The agent's (or collaborator's) form for a new ticket, with the custom fields of the chosen type. */
@Controller
class NewTicketController {

    private final TicketIntake intake;
    private final Workflows workflows;
    private final Directory directory;

    NewTicketController(TicketIntake intake, Workflows workflows, Directory directory) {
        this.intake = intake;
        this.workflows = workflows;
        this.directory = directory;
    }

    @GetMapping("/tickets/new")
    String form(@RequestParam(required = false) String type, Actor actor, Model model) {
        TicketTypeView chosen = type(type);
        prepare(model, NewTicketForm.empty(chosen.key()), chosen, Map.of(), actor);
        return "workspace/new-ticket";
    }

    /** The custom fields of a type, swapped in when the type changes. */
    @GetMapping("/tickets/new/fields")
    String fields(@RequestParam(required = false) String type, Actor actor, Model model) {
        TicketTypeView chosen = type(type);
        prepare(model, NewTicketForm.empty(chosen.key()), chosen, Map.of(), actor);
        return "workspace/new-ticket :: custom-fields";
    }

    @PostMapping("/tickets")
    String create(@RequestParam MultiValueMap<String, String> params,
                  @RequestParam(value = "files", required = false) List<MultipartFile> files, Actor actor, Model model,
                  HttpServletResponse response) {
        var values = new FormValues(params);
        TicketTypeView chosen = type(values.text("type"));
        Catalog catalog = workflows.catalog();
        var form = NewTicketForm.submitted(values, values.customFields(catalog.fieldsFor(chosen.id())));
        try {
            TicketDetails ticket = intake.open(form.toOpenTicket(), form.requesterEmail(), MultipartUpload.of(files), actor);
            return "redirect:/tickets/" + ticket.number();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            prepare(model, form, chosen, TicketPageController.errors(invalid), actor);
        } catch (Conflict | TooLarge refused) {
            response.setStatus(refused instanceof TooLarge ? 413 : 409);
            prepare(model, form, chosen, Map.of("form", refused.getMessage()), actor);
        }
        return "workspace/new-ticket";
    }

    private void prepare(Model model, NewTicketForm form, TicketTypeView type, Map<String, String> errors, Actor actor) {
        Catalog catalog = workflows.catalog();
        model.addAttribute("form", form);
        model.addAttribute("types", catalog.activeTypes());
        model.addAttribute("fields", catalog.fieldsFor(type.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("staff", actor.isStaff());
        if (actor.isStaff()) {
            model.addAttribute("agents", directory.agents());
            model.addAttribute("teams", directory.teams());
        }
    }

    private TicketTypeView type(String key) {
        Catalog catalog = workflows.catalog();
        return key == null || key.isBlank() ? catalog.activeTypes().get(0)
                : catalog.type(key).filter(TicketTypeView::active).orElse(catalog.activeTypes().get(0));
    }
}
