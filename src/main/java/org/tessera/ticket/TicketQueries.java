package org.tessera.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.internal.History;
import org.tessera.ticket.internal.Ticket;
import org.tessera.ticket.internal.TicketAssembler;
import org.tessera.ticket.internal.TicketGuard;
import org.tessera.ticket.internal.TicketSearch;
import org.tessera.ticket.internal.Tickets;

/** Reading tickets: one with its details and history, or a page of a view; always as the actor may see them. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    public static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> CUSTOMER_HISTORY = Set.of("ticket", "subject", "description", "status", "type",
            "priority", "requester");

    private final Tickets tickets;
    private final History history;
    private final Workflows workflows;
    private final Directory directory;
    private final TicketAssembler assembler;
    private final TicketSearch search;

    TicketQueries(Tickets tickets, History history, Workflows workflows, Directory directory,
                  TicketAssembler assembler, TicketSearch search) {
        this.tickets = tickets;
        this.history = history;
        this.workflows = workflows;
        this.directory = directory;
        this.assembler = assembler;
        this.search = search;
    }

    public TicketDetails get(long ticketId, Actor actor) {
        return assembler.details(visible(ticketId, actor), workflows.catalog());
    }

    /** A number nobody has and a ticket the actor may not see are refused in the same words. */
    public TicketDetails byNumber(long number, Actor actor) {
        return get(tickets.findIdByNumber(number).orElseThrow(() -> new NotFound("Ticket")), actor);
    }

    /** Customers see the changes that concern them; assignment, team, tags and followers are the helpdesk's business. */
    public List<HistoryEntry> history(long ticketId, Actor actor) {
        visible(ticketId, actor);
        var records = history.findByTicketIdOrderByIdAsc(ticketId).stream()
                .filter(r -> !actor.isCustomer() || CUSTOMER_HISTORY.contains(r.change().field()))
                .toList();
        return assembler.history(records, workflows.catalog());
    }

    /** Throws {@link NotFound} unless the actor may see the ticket. */
    public TicketAccess access(long ticketId, Actor actor) {
        Ticket ticket = visible(ticketId, actor);
        return new TicketAccess(ticket.id(), ticket.number(), ticket.requesterId(), ticket.statusCategory(), actor);
    }

    public TicketPage search(TicketQuery query, int page, int size, Actor actor) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Catalog catalog = workflows.catalog();
        var result = search.run(query, catalog, actor, page, size);
        Set<Long> people = new HashSet<>();
        Set<Long> organizationIds = new HashSet<>();
        for (var hit : result.hits()) {
            people.add(hit.requesterId());
            if (hit.assigneeId() != null) {
                people.add(hit.assigneeId());
            }
            if (hit.organizationId() != null) {
                organizationIds.add(hit.organizationId());
            }
        }
        Map<Long, UserSummary> users = directory.users(people);
        Map<Long, OrganizationSummary> organizations = directory.organizations(organizationIds);
        Map<Long, TeamSummary> teams = result.hits().stream().anyMatch(h -> h.teamId() != null)
                ? directory.teamsById() : Map.of();
        var rows = result.hits().stream().map(h -> new TicketRow(h.id(), h.number(), h.subject(),
                catalog.type(h.typeId()), catalog.status(h.statusId()), h.priority(), users.get(h.requesterId()),
                h.organizationId() == null ? null : organizations.get(h.organizationId()),
                h.assigneeId() == null ? null : users.get(h.assigneeId()),
                h.teamId() == null ? null : teams.get(h.teamId()), h.tags(), h.createdAt(), h.updatedAt(), h.dueAt(),
                h.slaDueAt()))
                .toList();
        return new TicketPage(rows, page, size, result.total(), result.exact());
    }

    private Ticket visible(long ticketId, Actor actor) {
        return TicketGuard.requireVisible(tickets.findWithFollowers(ticketId).orElse(null), actor);
    }
}
