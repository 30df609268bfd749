package org.tessera.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.MultipartUpload;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.portal.Satisfaction;
import org.tessera.portal.Score;
import org.tessera.portal.WebForms;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.TooLarge;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.FieldKind;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketPage;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;

/**
 * A customer's requests: their own, their organization's (where it shares them) and those they follow; one request
 * with its public conversation only, a reply with files, mark solved or reopen, follow, rate. Internal notes never
 * reach these pages, whoever looks.
 */
@Controller
class PortalRequests {

    static final int PAGE_SIZE = 20;

    private final TicketQueries queries;
    private final TicketManagement management;
    private final Conversations conversations;
    private final Satisfaction satisfaction;
    private final Directory directory;
    private final WebForms forms;

    PortalRequests(TicketQueries queries, TicketManagement management, Conversations conversations,
                   Satisfaction satisfaction, Directory directory, WebForms forms) {
        this.queries = queries;
        this.management = management;
        this.conversations = conversations;
        this.satisfaction = satisfaction;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/portal/requests")
    String list(@RequestParam(defaultValue = "mine") String show, @RequestParam(defaultValue = "open") String state,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Actor actor,
                Model model) {
        boolean organization = actor.isCustomer() && actor.organizationSharesTickets() && actor.organizationId() != null;
        String shown = switch (show) {
            case "organization" -> organization ? "organization" : "mine";
            case "following" -> "following";
            default -> "mine";
        };
        var params = new LinkedHashMap<String, List<String>>();
        switch (shown) {
            case "organization" -> params.put("organization", List.of(String.valueOf(actor.organizationId())));
            case "following" -> params.put("follower", List.of("me"));
            default -> params.put("requester", List.of("me"));
        }
        if (state.equals("open")) {
            params.put("category", List.of("NEW,OPEN,PENDING"));
        } else if (state.equals("solved")) {
            params.put("category", List.of("RESOLVED,CLOSED"));
        }
        if (!q.isBlank()) {
            params.put("q", List.of(q.strip()));
        }
        params.put("sort", List.of("-updated"));
        TicketPage found = queries.search(TicketQuery.parse(params), Math.max(page, 0), PAGE_SIZE, actor);
        model.addAttribute("requests", found);
        model.addAttribute("show", shown);
        model.addAttribute("state", state);
        model.addAttribute("q", q.strip());
        model.addAttribute("organization", organization
                ? directory.organization(actor.organizationId()).orElse(null) : null);
        return "portal/requests";
    }

    @GetMapping("/portal/requests/{number}")
    String request(@PathVariable long number, Actor actor, Model model) {
        return page(queries.byNumber(number, actor), actor, model);
    }

    /** The parts that change while the page is open (status, conversation), polled so changes show at once. */
    @GetMapping("/portal/requests/{number}/live")
    String live(@PathVariable long number, Actor actor, Model model) {
        page(queries.byNumber(number, actor), actor, model);
        return "portal/request :: live";
    }

    @PostMapping("/portal/requests/{number}/replies")
    String reply(@PathVariable long number, @RequestParam(defaultValue = "") String body,
                 @RequestParam(value = "files", required = false) List<MultipartFile> files, Actor actor,
                 RedirectAttributes flash) {
        TicketDetails ticket = queries.byNumber(number, actor);
        try {
            MessageView message = conversations.append(ticket.id(), body, Visibility.PUBLIC, MultipartUpload.of(files),
                    "portal", actor);
            flash.addFlashAttribute("notice", "portal.request.replied");
            return "redirect:/portal/requests/" + number + "#message-" + message.id();
        } catch (InvalidInput | Conflict | TooLarge refused) {
            flash.addFlashAttribute("replyError", refused instanceof Conflict ? "portal.request.closedReply"
                    : refused instanceof TooLarge ? "portal.request.tooLarge" : "portal.request.emptyReply");
            flash.addFlashAttribute("draft", body);
            return "redirect:/portal/requests/" + number + "#reply";
        }
    }

    /** Mark solved, or reopen: the first status of that kind the ticket's workflow allows next. */
    @PostMapping("/portal/requests/{number}/status")
    String status(@PathVariable long number, @RequestParam String to, Actor actor, RedirectAttributes flash) {
        TicketDetails ticket = queries.byNumber(number, actor);
        StatusCategory wanted = "solved".equals(to) ? StatusCategory.RESOLVED : StatusCategory.OPEN;
        Optional<StatusView> target = next(ticket, wanted);
        if (target.isEmpty() || !mayChangeStatus(ticket, actor)) {
            flash.addFlashAttribute("statusError", "portal.request.statusRefused");
            return "redirect:/portal/requests/" + number;
        }
        try {
            management.change(ticket.id(), TicketEdit.none().withStatus(target.get().key()), ticket.version(), actor);
            flash.addFlashAttribute("notice", wanted == StatusCategory.RESOLVED ? "portal.request.markedSolved"
                    : "portal.request.reopened");
        } catch (InvalidInput | Conflict refused) {
            flash.addFlashAttribute("statusError", "portal.request.statusRefused");
        }
        return "redirect:/portal/requests/" + number;
    }

    @PostMapping("/portal/requests/{number}/follow")
    String follow(@PathVariable long number, @RequestParam boolean following, Actor actor, RedirectAttributes flash) {
        TicketDetails ticket = queries.byNumber(number, actor);
        management.follow(ticket.id(), actor.userId(), following, actor);
        flash.addFlashAttribute("notice", following ? "portal.request.followed" : "portal.request.unfollowed");
        return "redirect:/portal/requests/" + number;
    }

    @PostMapping("/portal/requests/{number}/rating")
    String rate(@PathVariable long number, @RequestParam(required = false) Score score,
                @RequestParam(defaultValue = "") String comment, Actor actor, RedirectAttributes flash) {
        TicketDetails ticket = queries.byNumber(number, actor);
        try {
            satisfaction.rate(ticket.id(), score, comment, actor);
            flash.addFlashAttribute("notice", "portal.rating.thanks");
        } catch (InvalidInput | Conflict refused) {
            flash.addFlashAttribute("ratingError", score == null ? "portal.rating.choose" : "portal.rating.refused");
            flash.addFlashAttribute("ratingComment", comment);
        }
        return "redirect:/portal/requests/" + number + "#rating";
    }

    @GetMapping("/portal/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, Actor actor) {
        return PortalDownloads.of(conversations.publicDownload(id, actor));
    }

    private String page(TicketDetails ticket, Actor actor, Model model) {
        List<MessageView> messages = conversations.messages(ticket.id(), actor).stream()
                .filter(m -> m.visibility() == Visibility.PUBLIC).toList();
        model.addAttribute("ticket", ticket);
        model.addAttribute("messages", messages);
        model.addAttribute("files", conversations.ticketAttachments(ticket.id(), actor));
        model.addAttribute("answers", answers(ticket));
        boolean mayChange = mayChangeStatus(ticket, actor);
        model.addAttribute("canSolve", mayChange && !ticket.status().category().isSolved()
                && next(ticket, StatusCategory.RESOLVED).isPresent());
        model.addAttribute("canReopen", mayChange && ticket.status().category() == StatusCategory.RESOLVED
                && next(ticket, StatusCategory.OPEN).isPresent());
        boolean requester = actor.userId() != null && actor.userId() == ticket.requester().id();
        model.addAttribute("isRequester", requester);
        model.addAttribute("following", ticket.isFollowedBy(actor.userId()));
        model.addAttribute("rating", satisfaction.of(ticket.id(), actor).orElse(null));
        model.addAttribute("mayRate", satisfaction.mayRate(ticket, actor));
        model.addAttribute("closed", ticket.status().category() == StatusCategory.CLOSED);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", "");
        }
        return "portal/request";
    }

    /** A custom field's answer as the request page lists it; a checkbox's value is shown in the reader's language. */
    public record Answer(String label, FieldKind kind, String value) {
    }

    private List<Answer> answers(TicketDetails ticket) {
        var answers = new ArrayList<Answer>();
        for (CustomFieldView field : forms.answeredByCustomers(ticket.type().key())) {
            Object value = ticket.customFields().get(field.key());
            if (value == null || value instanceof String text && text.isBlank()
                    || value instanceof Collection<?> many && many.isEmpty()
                    || field.kind() == FieldKind.CHECKBOX && !Boolean.TRUE.equals(value)) {
                continue;
            }
            String shown = value instanceof Collection<?> many
                    ? String.join(", ", many.stream().map(String::valueOf).toList()) : String.valueOf(value);
            answers.add(new Answer(field.label(), field.kind(), shown));
        }
        return answers;
    }

    /** The requester and those who follow the request may solve or reopen it. */
    private static boolean mayChangeStatus(TicketDetails ticket, Actor actor) {
        return actor.userId() != null && (actor.userId() == ticket.requester().id() || ticket.isFollowedBy(actor.userId()));
    }

    private static Optional<StatusView> next(TicketDetails ticket, StatusCategory category) {
        return ticket.nextStatuses().stream().filter(s -> s.category() == category).findFirst();
    }
}
