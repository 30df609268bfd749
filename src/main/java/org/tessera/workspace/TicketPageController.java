package org.tessera.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.MultipartUpload;
import org.tessera.conversation.Visibility;
import org.tessera.email.EmailDisplay;
import org.tessera.email.EmailView;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.TooLarge;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.StaleTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;
import org.tessera.web.Formats;

/**
 * The ticket page: conversation, composer and every field. Saving fields, replying and following answer with
 * fragments for htmx, so the agent never waits for a full page.
 */
@Controller
class TicketPageController {

    private final TicketQueries queries;
    private final TicketManagement management;
    private final Conversations conversations;
    private final Workflows workflows;
    private final Directory directory;
    private final Formats fmt;
    private final EmailDisplay emails;

    TicketPageController(TicketQueries queries, TicketManagement management, Conversations conversations,
                         Workflows workflows, Directory directory, Formats fmt, EmailDisplay emails) {
        this.emails = emails;
        this.queries = queries;
        this.management = management;
        this.conversations = conversations;
        this.workflows = workflows;
        this.directory = directory;
        this.fmt = fmt;
    }

    @GetMapping("/tickets/{number}")
    String page(@PathVariable long number, Actor actor, Model model) {
        TicketDetails ticket = queries.byNumber(number, actor);
        model.addAttribute("messages", conversations.messages(ticket.id(), actor));
        emails(model, ticket, actor);
        properties(model, ticket, PropertiesForm.of(ticket, fmt), PropertiesForm.of(ticket, fmt), actor);
        return "workspace/ticket";
    }

    @PostMapping("/tickets/{number}/properties")
    String saveProperties(@PathVariable long number, @RequestParam MultiValueMap<String, String> params,
                          @RequestHeader(value = "HX-Request", required = false) String htmx, Actor actor,
                          Model model, HttpServletResponse response) {
        TicketDetails ticket = queries.byNumber(number, actor);
        var values = new FormValues(params);
        Catalog catalog = workflows.catalog();
        TicketTypeView type = catalog.type(values.text("type") == null ? ticket.type().key() : values.text("type"))
                .orElse(ticket.type());
        var form = PropertiesForm.read(values, "", catalog.fieldsFor(type.id()));
        var shown = PropertiesForm.read(values, PropertiesForm.WAS, catalog.fieldsFor(ticketTypeShown(values, ticket, catalog)));
        try {
            TicketDetails saved = saveOverAutomation(ticket.id(), form.changesFrom(shown, fmt),
                    newRequester(form.requesterEmail(), shown.requesterEmail()), form.version(), actor);
            if (htmx == null) {
                return "redirect:/tickets/" + number;
            }
            model.addAttribute("saved", true);
            properties(model, saved, PropertiesForm.of(saved, fmt), PropertiesForm.of(saved, fmt), actor);
            return "workspace/ticket-saved";
        } catch (StaleTicket stale) {
            response.setStatus(409);
            model.addAttribute("stale", stale);
            properties(model, ticket, form.over(PropertiesForm.of(ticket, fmt), shown), PropertiesForm.of(ticket, fmt), actor);
            if (htmx != null) {
                // The header, history and text editor show the ticket as it is now, like the notice above the form.
                return "workspace/ticket-saved";
            }
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            model.addAttribute("errors", errors(invalid));
            properties(model, ticket, form, shown, actor);
        } catch (Conflict conflict) {
            response.setStatus(409);
            model.addAttribute("errors", Map.of(conflict.field() == null ? "form" : conflict.field(), conflict.getMessage()));
            properties(model, ticket, form, shown, actor);
        } catch (DateTimeParseException wrongDate) {
            response.setStatus(400);
            model.addAttribute("errors", Map.of("dueAt", "not a date and time"));
            properties(model, ticket, form, shown, actor);
        }
        if (htmx == null) {
            // Without script the refusal is shown on the whole page, with the agent's input kept.
            model.addAttribute("messages", conversations.messages(ticket.id(), actor));
            emails(model, ticket, actor);
            return "workspace/ticket";
        }
        return "workspace/ticket :: ticket-properties";
    }

    /** Saves the agent's changes; changes Tessera made meanwhile to other fields do not stand in the way. */
    private TicketDetails saveOverAutomation(long ticketId, TicketEdit edit, String requesterEmail, Long version,
                                             Actor actor) {
        try {
            return management.change(ticketId, edit, requesterEmail, version, actor);
        } catch (StaleTicket stale) {
            if (!SaveOverAutomation.allows(edit, requesterEmail != null, stale)) {
                throw stale;
            }
            return management.change(ticketId, edit, requesterEmail, stale.currentVersion(), actor);
        }
    }

    /**
     * The side form again for the type the agent just chose, nothing saved: that type's statuses (the one of the
     * ticket's category chosen) and custom fields, with the agent's other edits kept.
     */
    @PostMapping("/tickets/{number}/properties/form")
    String propertiesForType(@PathVariable long number, @RequestParam MultiValueMap<String, String> params,
                             Actor actor, Model model) {
        TicketDetails ticket = queries.byNumber(number, actor);
        var values = new FormValues(params);
        Catalog catalog = workflows.catalog();
        TicketTypeView type = catalog.type(values.text("type")).orElse(ticket.type());
        var form = PropertiesForm.read(values, "", catalog.fieldsFor(type.id()));
        if (type.status(form.status()).isEmpty()) {
            form = form.withStatus(type.firstIn(ticket.status().category()).orElse(type.initialStatus()).key());
        }
        var shown = PropertiesForm.read(values, PropertiesForm.WAS, catalog.fieldsFor(ticketTypeShown(values, ticket, catalog)));
        properties(model, ticket, form, shown, actor);
        return "workspace/ticket :: ticket-properties";
    }

    @PostMapping("/tickets/{number}/text")
    String saveText(@PathVariable long number, @RequestParam String subject, @RequestParam String description,
                    @RequestParam long version, Actor actor, Model model, HttpServletResponse response) {
        TicketDetails ticket = queries.byNumber(number, actor);
        try {
            ticket = management.change(ticket.id(), TicketEdit.none().withSubject(subject).withDescription(description),
                    version, actor);
            model.addAttribute("oobProperties", true);
            properties(model, ticket, PropertiesForm.of(ticket, fmt), PropertiesForm.of(ticket, fmt), actor);
            return "workspace/ticket-saved";
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            response.setHeader("HX-Retarget", "#text-editor");
            response.setHeader("HX-Reswap", "outerHTML");
            model.addAttribute("textError", refused.getMessage());
            model.addAttribute("ticket", ticket);
            model.addAttribute("subject", subject);
            model.addAttribute("description", description);
            model.addAttribute("canEdit", actor.isStaff());
            return "workspace/ticket :: text-editor";
        }
    }

    @PostMapping("/tickets/{number}/messages")
    String reply(@PathVariable long number, @RequestParam(defaultValue = "") String body,
                 @RequestParam(defaultValue = "PUBLIC") Visibility visibility,
                 @RequestParam(value = "files", required = false) List<MultipartFile> files,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Actor actor, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        TicketDetails ticket = queries.byNumber(number, actor);
        try {
            MessageView message = conversations.append(ticket.id(), body, visibility, MultipartUpload.of(files), "web",
                    actor);
            if (htmx == null) {
                return "redirect:/tickets/" + number + "#message-" + message.id();
            }
            model.addAttribute("m", message);
            return "workspace/ticket :: message-added";
        } catch (InvalidInput | Conflict | TooLarge refused) {
            if (htmx == null) {
                redirect.addFlashAttribute("composerError", refused.getMessage());
                return "redirect:/tickets/" + number;
            }
            response.setStatus(refused instanceof TooLarge ? 413 : refused instanceof Conflict ? 409 : 400);
            response.setHeader("HX-Retarget", "#composer-error");
            response.setHeader("HX-Reswap", "innerHTML");
            model.addAttribute("error", refused.getMessage());
            return "workspace/ticket :: composer-error";
        }
    }

    @PostMapping("/tickets/{number}/follow")
    String follow(@PathVariable long number, @RequestParam boolean following,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Actor actor, Model model) {
        TicketDetails ticket = queries.byNumber(number, actor);
        TicketDetails changed = management.follow(ticket.id(), actor.userId(), following, actor);
        if (htmx == null) {
            return "redirect:/tickets/" + number;
        }
        properties(model, changed, PropertiesForm.of(changed, fmt), PropertiesForm.of(changed, fmt), actor);
        return "workspace/ticket-saved";
    }

    private void properties(Model model, TicketDetails ticket, PropertiesForm form, PropertiesForm shown, Actor actor) {
        Catalog catalog = workflows.catalog();
        TicketTypeView formType = catalog.type(form.type()).orElse(ticket.type());
        model.addAttribute("ticket", ticket);
        model.addAttribute("form", form);
        model.addAttribute("shown", shown);
        model.addAttribute("shownFields", catalog.type(shown.type()).map(t -> catalog.fieldsFor(t.id())).orElse(List.of()));
        model.addAttribute("formType", formType);
        model.addAttribute("statusChoices", formType.id() == ticket.type().id()
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(ticket.status()), ticket.nextStatuses().stream()).toList()
                : formType.statuses());
        model.addAttribute("fields", catalog.fieldsFor(formType.id()));
        model.addAttribute("catalog", catalog);
        var history = new java.util.ArrayList<>(queries.history(ticket.id(), actor));
        java.util.Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("canEdit", actor.isStaff());
        model.addAttribute("following", ticket.isFollowedBy(actor.userId()));
        model.addAttribute("files", conversations.ticketAttachments(ticket.id(), actor));
        if (actor.isStaff()) {
            model.addAttribute("agents", directory.agents());
            model.addAttribute("teams", directory.teams());
            model.addAttribute("colleagues", directory.colleagues());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /**
     * The messages that came by email, shown as the sender wrote them; an email ticket's description is its first
     * email's text, which the page then shows once.
     */
    private void emails(Model model, TicketDetails ticket, Actor actor) {
        Map<Long, EmailView> byMessage = emails.forTicket(ticket.id(), actor);
        model.addAttribute("emails", byMessage);
        @SuppressWarnings("unchecked")
        List<MessageView> messages = (List<MessageView>) model.getAttribute("messages");
        boolean same = messages != null && !messages.isEmpty() && byMessage.containsKey(messages.get(0).id())
                && !ticket.description().isBlank() && messages.get(0).body().strip().startsWith(ticket.description()
                .strip().replace("\n\n[… continued in the email below]", ""));
        model.addAttribute("descriptionInEmail", same);
    }

    private static String newRequester(String email, String shownEmail) {
        return email == null || email.isBlank() || email.equalsIgnoreCase(shownEmail) ? null : email;
    }

    /** The custom fields shown were those of the type the page was showing. */
    private static long ticketTypeShown(FormValues values, TicketDetails ticket, Catalog catalog) {
        String shown = values.text(PropertiesForm.WAS + "type");
        return shown == null ? ticket.type().id() : catalog.type(shown).map(TicketTypeView::id).orElse(ticket.type().id());
    }

    static Map<String, String> errors(InvalidInput invalid) {
        var errors = new java.util.LinkedHashMap<String, String>();
        invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        return errors;
    }
}
