package org.tessera.ticket.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.HistoryEntry;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketExtension;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketPage;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.Workflows;
import tools.jackson.databind.JsonNode;

/** REST API v1 for tickets; the same rules as the pages, because both call the same services. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketsApi {

    private final TicketManagement management;
    private final TicketQueries queries;
    private final List<TicketExtension> extensions;
    private final Workflows workflows;

    TicketsApi(TicketManagement management, TicketQueries queries, List<TicketExtension> extensions,
               Workflows workflows) {
        this.management = management;
        this.queries = queries;
        this.extensions = extensions;
        this.workflows = workflows;
    }

    record CreateTicket(String subject, String description, String requesterEmail, String requesterName,
                        Long requesterId, Integer priority, String type, String status, Long assigneeId, Long teamId,
                        List<String> tags, Instant dueAt, Map<String, Object> customFields, List<Long> followerIds) {
    }

    record TicketList(List<TicketSummaryJson> items, int page, int size, long total, boolean totalIsExact) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<TicketJson> create(@RequestBody CreateTicket request, Actor actor) {
        TicketDetails ticket = management.openFor(request.requesterEmail(), request.requesterName(),
                new OpenTicket(request.subject(), request.description(), request.requesterId(), request.type(),
                        request.priority(), request.status(), request.assigneeId(), request.teamId(), request.tags(),
                        request.dueAt(), request.customFields(), request.followerIds(), "api"), actor);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
                .eTag(String.valueOf(ticket.version()))
                .body(TicketJson.of(ticket, actor, extensions));
    }

    @GetMapping("/{id}")
    ResponseEntity<TicketJson> get(@PathVariable long id, Actor actor) {
        TicketDetails ticket = queries.get(id, actor);
        return ResponseEntity.ok().eTag(String.valueOf(ticket.version())).body(TicketJson.of(ticket, actor, extensions));
    }

    /** Partial update; the version (in the body or If-Match) makes a stale save fail with 409 instead of overwriting. */
    @PatchMapping("/{id}")
    ResponseEntity<TicketJson> patch(@PathVariable long id, @RequestBody JsonNode body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
        var patch = TicketPatch.parse(body);
        Long version = patch.version() != null ? patch.version() : TicketPatch.versionFrom(ifMatch);
        TicketDetails ticket = management.change(id, patch.edit(), patch.requesterEmail(), version, actor);
        return ResponseEntity.ok().eTag(String.valueOf(ticket.version())).body(TicketJson.of(ticket, actor, extensions));
    }

    @GetMapping
    TicketList list(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "25") int size, Actor actor) {
        TicketQuery query = TicketQuery.parse(params);
        requireKnownKeys(query);
        TicketPage result = queries.search(query, page, size, actor);
        return new TicketList(result.rows().stream().map(TicketSummaryJson::of).toList(), result.page(), result.size(),
                result.total(), result.totalIsExact());
    }

    /**
     * A typo in a status or type key would otherwise answer an empty list, which a script cannot tell from "no such
     * tickets". (Pages keep showing saved views whose status was removed since: they just match nothing.)
     */
    private void requireKnownKeys(TicketQuery query) {
        var catalog = workflows.catalog();
        var statusKeys = catalog.statusKeys();
        for (String status : query.statuses()) {
            if (statusKeys.stream().noneMatch(status::equalsIgnoreCase)) {
                throw new InvalidInput("status", "'" + status + "' is not a status; use one of " + statusKeys);
            }
        }
        for (String type : query.types()) {
            if (catalog.type(type).isEmpty()) {
                throw new InvalidInput("type", "'" + type + "' is not a ticket type");
            }
        }
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id, Actor actor) {
        return queries.history(id, actor);
    }
}
