package org.tessera.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.internal.ChangeLog;
import org.tessera.ticket.internal.CustomFieldValues;
import org.tessera.ticket.internal.History;
import org.tessera.ticket.internal.HistoryRecord;
import org.tessera.ticket.internal.Ticket;
import org.tessera.ticket.internal.TicketAssembler;
import org.tessera.ticket.internal.TicketGuard;
import org.tessera.ticket.internal.TicketInput;
import org.tessera.ticket.internal.TicketRows;
import org.tessera.ticket.internal.Tickets;

/** The use cases that change tickets: open, edit (with the optimistic version check), follow, record activity. */
@Service
@Transactional
public class TicketManagement {

    private final Tickets tickets;
    private final History history;
    private final Workflows workflows;
    private final Directory directory;
    private final UserManagement users;
    private final TicketAssembler assembler;
    private final ApplicationEventPublisher events;
    private final TicketRows rows;
    private final Clock clock;

    TicketManagement(Tickets tickets, History history, Workflows workflows, Directory directory, UserManagement users,
                     TicketAssembler assembler, ApplicationEventPublisher events, TicketRows rows,
                     Optional<Clock> clock) {
        this.tickets = tickets;
        this.rows = rows;
        this.history = history;
        this.workflows = workflows;
        this.directory = directory;
        this.users = users;
        this.assembler = assembler;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public TicketDetails open(OpenTicket request, Actor actor) {
        Catalog catalog = workflows.catalog();
        Instant now = now();
        TicketTypeView type = request.typeKey() == null || request.typeKey().isBlank()
                ? catalog.activeTypes().get(0) : catalog.requireType("type", request.typeKey());
        if (!actor.isStaff()) {
            refuseStaffFields(request);
        }
        UserSummary requester = requester(request.requesterId(), actor);
        StatusView status = request.statusKey() == null || request.statusKey().isBlank() ? type.initialStatus()
                : type.status(request.statusKey()).orElseThrow(() -> unknownStatus(type, request.statusKey()));
        var fields = catalog.fieldsFor(type.id());
        Map<String, Object> values = CustomFieldValues.normalize(
                request.customFields() == null ? Map.of() : request.customFields(), fields);
        CustomFieldValues.requirePresent(values, fields);

        var ticket = new Ticket(TicketInput.subject(request.subject()), TicketInput.description(request.description()),
                requester.id(), requester.organizationId(), type.id(), status, TicketInput.priority(request.priority()),
                request.channel() == null ? "web" : request.channel(), now);
        var ignored = new ChangeLog();
        ticket.assign(requireAgent(request.assigneeId()), ignored);
        ticket.routeToTeam(requireTeam(request.teamId()), ignored);
        ticket.retag(TicketInput.tags(request.tags()), ignored);
        ticket.dueBy(request.dueAt(), ignored);
        values.forEach((key, value) -> ticket.setCustomField(key, value, ignored));
        for (Long follower : request.followerIds() == null ? List.<Long>of() : request.followerIds()) {
            ticket.follow(requireUser("followerIds", follower).id(), ignored);
        }
        tickets.saveAndFlush(ticket);
        history.save(new HistoryRecord(ticket.id(), ticket.version(), actor.userId(), actor.via(), now,
                new FieldChange("ticket", null, "created")));
        events.publishEvent(new TicketOpened(ticket.id(), ticket.number(), actor.userId(), ticket.channel(), now));
        return assembler.details(ticket, catalog);
    }

    /**
     * Opens a ticket for the person behind an email address, creating them as a customer if they are new: in one
     * transaction, so a refused ticket leaves no stray customer behind. Only staff open tickets for others.
     */
    public TicketDetails openFor(String requesterEmail, String requesterName, OpenTicket request, Actor actor) {
        if (requesterEmail == null || requesterEmail.isBlank()) {
            return open(request, actor);
        }
        if (!actor.isStaff()) {
            throw new InvalidInput("requesterEmail", "only agents open tickets for someone else");
        }
        return open(request.withRequester(users.findOrCreateCustomer(requesterEmail, requesterName).id()), actor);
    }

    public TicketDetails change(long ticketId, TicketEdit edit, Long expectedVersion, Actor actor) {
        return change(ticketId, edit, null, expectedVersion, actor);
    }

    /** A change that may name the new requester by email; they are found or created only once the change is allowed. */
    public TicketDetails change(long ticketId, TicketEdit requested, String requesterEmail, Long expectedVersion,
                                Actor actor) {
        Catalog catalog = workflows.catalog();
        Ticket ticket = TicketGuard.requireVisible(tickets.findWithFollowers(ticketId).orElse(null), actor);
        if (requesterEmail != null && !actor.isStaff()) {
            throw new InvalidInput("requesterEmail", "only agents change the requester");
        }
        if (expectedVersion != null && expectedVersion != ticket.version()) {
            throw new StaleTicket(ticket.version(), assembler.history(
                    history.findByTicketIdAndVersionGreaterThanOrderByIdAsc(ticketId, expectedVersion), catalog));
        }
        Instant now = now();
        TicketTypeView type = requested.typeKey() == null ? catalog.type(ticket.typeId())
                : catalog.requireType("type", requested.typeKey());
        StatusView target = targetStatus(ticket, type, requested.statusKey(), catalog);
        TicketGuard.checkEdit(ticket, requested, target.category(), actor);
        TicketEdit edit = requesterEmail == null ? requested
                : requested.withRequester(users.findOrCreateCustomer(requesterEmail, null).id());

        var log = new ChangeLog();
        applyFields(ticket, edit, log);
        if (type.id() != ticket.typeId()) {
            ticket.retype(type.id(), target, now, log);
        } else if (target.id() != ticket.statusId()) {
            StatusView current = catalog.status(ticket.statusId());
            if (!current.allows(target)) {
                List<String> next = type.statuses().stream().filter(current::allows).map(StatusView::name).toList();
                throw new Conflict("status", "A " + type.name() + " cannot move from " + current.name() + " to "
                        + target.name() + (next.isEmpty() ? "; " + current.name() + " is final"
                        : "; allowed next: " + String.join(", ", next)));
            }
            ticket.moveTo(target, now, log);
        }
        applyCustomFields(ticket, edit, catalog.fieldsFor(type.id()), log);
        if (log.isEmpty()) {
            return assembler.details(ticket, catalog);
        }
        ticket.touch(now);
        tickets.saveAndFlush(ticket);
        for (FieldChange change : log.changes()) {
            history.save(new HistoryRecord(ticket.id(), ticket.version(), actor.userId(), actor.via(), now, change));
        }
        events.publishEvent(new TicketChanged(ticket.id(), ticket.number(), ticket.version(), actor.userId(),
                log.changes(), now));
        return assembler.details(ticket, catalog);
    }

    /** Anyone who can see a ticket may follow it themselves; only staff add or remove other people. */
    public TicketDetails follow(long ticketId, long userId, boolean following, Actor actor) {
        Ticket ticket = TicketGuard.requireVisible(tickets.findWithFollowers(ticketId).orElse(null), actor);
        if (!actor.isStaff() && !Long.valueOf(userId).equals(actor.userId())) {
            throw new Forbidden("Only agents add or remove other followers");
        }
        requireUser("userId", userId);
        var log = new ChangeLog();
        if (following) {
            ticket.follow(userId, log);
        } else {
            ticket.unfollow(userId, log);
        }
        return record(ticket, log, actor);
    }

    /**
     * A message was added: the ticket counts as updated, and the helpdesk's first public answer stops the
     * first-response clock. Not a field change, so the version stays and open edit forms stay valid.
     */
    public void recordMessage(long ticketId, boolean fromHelpdesk, boolean isPublic, Instant at) {
        rows.recordActivity(ticketId, at, fromHelpdesk && isPublic);
    }

    /**
     * Holds the ticket's row until the transaction ends (a no-op when this transaction already changed it), so that
     * work kept beside a ticket (its SLA clocks) is done one transaction at a time and always after the ticket: two
     * transactions then never wait for each other in opposite orders.
     */
    public void hold(long ticketId) {
        rows.hold(ticketId);
    }

    /**
     * The next moment an SLA target of the ticket falls due (null: none running), kept by the SLA module so that
     * lists can show and sort by time left. Not a field change: no version, no history, no event.
     */
    public void recordSlaDue(long ticketId, Instant dueAt) {
        rows.recordSlaDue(ticketId, dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * A line in the ticket's history that is not a field change, such as what an automation rule did besides
     * changing fields, or an SLA warning. It belongs to the current version and publishes no event.
     */
    public void recordInHistory(long ticketId, FieldChange entry, Actor actor) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new NotFound("Ticket"));
        history.save(new HistoryRecord(ticketId, ticket.version(), actor.userId(), actor.via(), now(), entry));
    }

    private TicketDetails record(Ticket ticket, ChangeLog log, Actor actor) {
        Catalog catalog = workflows.catalog();
        if (!log.isEmpty()) {
            Instant now = now();
            ticket.touch(now);
            tickets.saveAndFlush(ticket);
            for (FieldChange change : log.changes()) {
                history.save(new HistoryRecord(ticket.id(), ticket.version(), actor.userId(), actor.via(), now, change));
            }
            events.publishEvent(new TicketChanged(ticket.id(), ticket.number(), ticket.version(), actor.userId(),
                    log.changes(), now));
        }
        return assembler.details(ticket, catalog);
    }

    private void applyFields(Ticket ticket, TicketEdit edit, ChangeLog log) {
        if (edit.subject() != null) {
            ticket.rewordSubject(TicketInput.subject(edit.subject()), log);
        }
        if (edit.description() != null) {
            ticket.rewordDescription(TicketInput.description(edit.description()), log);
        }
        if (edit.priority() != null) {
            ticket.prioritize(TicketInput.priority(edit.priority()), log);
        }
        if (edit.assigneeId() != null) {
            ticket.assign(requireAgent(edit.assigneeId().orElse(null)), log);
        }
        if (edit.teamId() != null) {
            ticket.routeToTeam(requireTeam(edit.teamId().orElse(null)), log);
        }
        if (edit.requesterId() != null) {
            UserSummary requester = requireUser("requesterId", edit.requesterId());
            ticket.changeRequester(requester.id(), requester.organizationId(), log);
        }
        if (edit.tags() != null) {
            ticket.retag(TicketInput.tags(edit.tags()), log);
        }
        if (edit.dueAt() != null) {
            ticket.dueBy(edit.dueAt().orElse(null), log);
        }
        if (edit.followerIds() != null) {
            var wanted = edit.followerIds().stream().map(id -> requireUser("followerIds", id).id()).toList();
            ticket.followers().stream().filter(id -> !wanted.contains(id)).forEach(id -> ticket.unfollow(id, log));
            wanted.forEach(id -> ticket.follow(id, log));
        }
    }

    /** Values of the new input merged over the stored ones; fields that no longer apply to the type are dropped. */
    private static void applyCustomFields(Ticket ticket, TicketEdit edit, List<CustomFieldView> fields, ChangeLog log) {
        boolean retyped = log.changes().stream().anyMatch(c -> c.field().equals("type"));
        if (edit.customFields() == null && !retyped) {
            return;
        }
        Map<String, Object> merged = new HashMap<>(ticket.customFields());
        merged.keySet().removeIf(key -> fields.stream().noneMatch(f -> f.key().equals(key)));
        if (edit.customFields() != null) {
            merged.putAll(CustomFieldValues.normalize(edit.customFields(), fields));
        }
        CustomFieldValues.requirePresent(merged, fields);
        ticket.customFields().keySet().stream().filter(key -> !merged.containsKey(key)).toList()
                .forEach(key -> ticket.setCustomField(key, null, log));
        merged.forEach((key, value) -> ticket.setCustomField(key, value, log));
    }

    private static StatusView targetStatus(Ticket ticket, TicketTypeView type, String statusKey, Catalog catalog) {
        if (statusKey != null && !statusKey.isBlank()) {
            return type.status(statusKey).orElseThrow(() -> unknownStatus(type, statusKey));
        }
        StatusView current = catalog.status(ticket.statusId());
        if (current.typeId() == type.id()) {
            return current;
        }
        return type.firstIn(current.category()).orElse(type.initialStatus());
    }

    private static InvalidInput unknownStatus(TicketTypeView type, String key) {
        return new InvalidInput("status", "'" + key + "' is not a status of " + type.name() + "; one of "
                + type.statuses().stream().map(StatusView::key).toList());
    }

    private UserSummary requester(Long requesterId, Actor actor) {
        if (!actor.isStaff()) {
            if (requesterId != null && !requesterId.equals(actor.userId())) {
                throw new InvalidInput("requesterId", "you can only open tickets for yourself");
            }
            return requireUser("requesterId", actor.userId());
        }
        Long id = requesterId != null ? requesterId : actor.userId();
        if (id == null) {
            throw new InvalidInput("requesterId", "a ticket needs a requester");
        }
        return requireUser("requesterId", id);
    }

    private static void refuseStaffFields(OpenTicket request) {
        String field = request.assigneeId() != null ? "assigneeId"
                : request.teamId() != null ? "teamId"
                : request.statusKey() != null && !request.statusKey().isBlank() ? "status"
                : request.tags() != null && !request.tags().isEmpty() ? "tags"
                : request.dueAt() != null ? "dueAt"
                : request.followerIds() != null && !request.followerIds().isEmpty() ? "followerIds" : null;
        if (field != null) {
            throw new InvalidInput(field, "only agents set this field");
        }
    }

    private UserSummary requireUser(String field, Long id) {
        return directory.user(id).orElseThrow(() -> new InvalidInput(field, "no user with the id " + id));
    }

    private Long requireAgent(Long id) {
        if (id == null) {
            return null;
        }
        UserSummary user = requireUser("assigneeId", id);
        if (!user.role().isStaff()) {
            throw new InvalidInput("assigneeId", user.displayName() + " is not an agent");
        }
        return id;
    }

    private Long requireTeam(Long id) {
        if (id == null) {
            return null;
        }
        directory.team(id).orElseThrow(() -> new InvalidInput("teamId", "no team with the id " + id));
        return id;
    }

    /**
     * For callers that only hold a number, like the agent's ticket page at /tickets/1042. Refused in the same words as
     * a ticket the caller may not see, since callers check that next.
     */
    @Transactional(readOnly = true)
    public long idOf(long number) {
        return tickets.findIdByNumber(number).orElseThrow(() -> new NotFound("Ticket"));
    }

    /** PostgreSQL keeps microseconds; so do we, so that what we return equals what we stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
