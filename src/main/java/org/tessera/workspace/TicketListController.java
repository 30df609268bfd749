package org.tessera.workspace;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.SavedViews;
import org.tessera.ticket.TicketPage;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.ViewDefinition;
import org.tessera.ticket.Workflows;

/**
 * The ticket lists: a view from the side panel, refined by the filter bar. One URL serves the whole page and, for
 * htmx, just the results, so filtering and paging never reload the page.
 */
@Controller
class TicketListController {

    static final int PAGE_SIZE = 50;

    private final TicketQueries tickets;
    private final SavedViews views;
    private final Workflows workflows;
    private final Directory directory;
    private final MessageSource messages;

    TicketListController(TicketQueries tickets, SavedViews views, Workflows workflows, Directory directory,
                         MessageSource messages) {
        this.tickets = tickets;
        this.views = views;
        this.workflows = workflows;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/tickets")
    String list(@RequestParam MultiValueMap<String, String> params, @RequestParam(required = false) String view,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Target", required = false) String target, Actor actor, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        List<ViewDefinition> available = views.of(actor);
        ViewDefinition current = view == null ? available.get(0) : views.find(view, actor);
        boolean filtered = params.keySet().stream().anyMatch(TicketQuery::isQueryParameter);
        TicketQuery query = filtered ? TicketQuery.parse(withOrganizationFilter(withCustomFieldFilter(params)))
                : current.ticketQuery();
        boolean refined = !query.equals(current.ticketQuery());
        TicketPage result = tickets.search(query, Math.max(page, 0), PAGE_SIZE, actor);

        model.addAttribute("views", available);
        model.addAttribute("currentView", current);
        model.addAttribute("refined", refined);
        model.addAttribute("query", query);
        model.addAttribute("queryString", query.toQueryString());
        model.addAttribute("result", result);
        model.addAttribute("groups", TicketGroups.of(result.rows(), query.group(), messages));
        if ("results".equals(target)) {
            // The address bar shows the query as the list understood it (an organization by id, say), so that it
            // can be bookmarked, shared and saved as a view.
            response.setHeader("HX-Push-Url", "/tickets?view=" + current.handle()
                    + (query.toQueryString().isEmpty() ? "" : "&" + query.toQueryString()) + (page > 0 ? "&page=" + page : ""));
            return "workspace/tickets :: results";
        }
        model.addAttribute("catalog", workflows.catalog());
        model.addAttribute("agents", directory.agents());
        model.addAttribute("teams", directory.teams());
        // Organizations can number thousands: the filter is a name typed with suggestions, not a list of them all.
        model.addAttribute("organizationName", query.organizations().isEmpty() ? ""
                : directory.organization(query.organizations().get(0)).map(o -> o.name()).orElse(""));
        return "workspace/tickets";
    }

    /** Suggestions for the organization filter, as the agent types a name. */
    @GetMapping("/tickets/organization-suggestions")
    String organizationSuggestions(@RequestParam(defaultValue = "") String organizationName, Actor actor,
                                   Model model) {
        if (!actor.isStaff()) {
            throw new org.tessera.shared.NotFound("Page");
        }
        model.addAttribute("suggestions", organizationName.isBlank() ? List.of()
                : directory.organizationsNamedLike(organizationName, 12));
        return "workspace/tickets :: organization-suggestions";
    }

    /** How many tickets a view holds, loaded lazily into the side panel ("10000+" past the counting limit). */
    @GetMapping("/views/{handle}/count")
    @ResponseBody
    String count(@PathVariable String handle, Actor actor) {
        TicketPage page = tickets.search(views.find(handle, actor).ticketQuery(), 0, 1, actor);
        return page.totalIsExact() ? String.valueOf(page.total()) : page.total() + "+";
    }

    @PostMapping("/views")
    String save(@RequestParam String name, @RequestParam(defaultValue = "") String query,
                @RequestParam(defaultValue = "false") boolean shared, Actor actor, RedirectAttributes redirect) {
        try {
            ViewDefinition saved = views.save(name, TicketQuery.parse(query), shared, actor);
            return "redirect:/tickets?view=" + saved.handle();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("viewError", invalid.violations().get(0).message());
            return "redirect:/tickets?" + query;
        }
    }

    @PostMapping("/views/{id}/delete")
    String delete(@PathVariable long id, Actor actor) {
        views.delete(id, actor);
        return "redirect:/tickets";
    }

    /** The filter bar names an organization; the query wants its id (an unknown name finds no ticket). */
    private MultiValueMap<String, String> withOrganizationFilter(MultiValueMap<String, String> params) {
        String name = params.getFirst("organizationName");
        if (name == null || name.isBlank()) {
            return params;
        }
        var copy = new LinkedMultiValueMap<>(params);
        copy.remove("organizationName");
        copy.put("organization", List.of(directory.organizationNamed(name).map(o -> String.valueOf(o.id()))
                .orElse("0")));
        return copy;
    }

    /** The filter bar offers one custom-field filter as two inputs (cfKey, cfValue); the query wants cf.KEY=VALUE. */
    private static MultiValueMap<String, String> withCustomFieldFilter(MultiValueMap<String, String> params) {
        String key = params.getFirst("cfKey");
        String value = params.getFirst("cfValue");
        if (key == null || key.isBlank() || value == null || value.isBlank()) {
            return params;
        }
        var copy = new LinkedMultiValueMap<>(params);
        copy.add("cf." + key, value);
        return copy;
    }
}
