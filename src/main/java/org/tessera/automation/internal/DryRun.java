package org.tessera.automation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tessera.automation.DryRunReport;
import org.tessera.automation.rule.Edits;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.Outgoing;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.RuleEngine;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Role;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.HistoryEntry;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.TicketRow;

/**
 * Plays a rule against the most recently updated tickets without changing anything. For each ticket it rebuilds the
 * event the rule waits for (its latest customer message for "message by customer", its latest change for "ticket
 * updated", its time in status for time rules) and asks the same planner the real run uses.
 */
@Component
public class DryRun {

    private final TicketQueries tickets;
    private final Conversations conversations;
    private final Directory directory;
    private final LiveLookups lookups;
    private final TimeRules timeRules;

    DryRun(TicketQueries tickets, Conversations conversations, Directory directory, LiveLookups lookups,
           TimeRules timeRules) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.directory = directory;
        this.lookups = lookups;
        this.timeRules = timeRules;
    }

    public DryRunReport run(Rule rule, int last, Instant now) {
        Lookups live = lookups.fresh();
        List<TicketRow> recent = tickets.search(TicketQuery.parse("sort=-updated"), 0, last, Actor.system()).rows();
        var rows = new ArrayList<DryRunReport.Row>();
        for (TicketRow row : recent) {
            rows.add(row(rule, tickets.get(row.id(), Actor.system()), live, now));
        }
        rows.sort(Comparator.comparing(r -> !r.matched()));
        return new DryRunReport(recent.size(), rows);
    }

    private DryRunReport.Row row(Rule rule, TicketDetails ticket, Lookups live, Instant now) {
        if (ticket.status().category() == StatusCategory.CLOSED) {
            return skipped(ticket, "closed", null);
        }
        TicketState state = TicketState.of(ticket);
        Optional<TicketFacts> event = event(rule, ticket, state, now);
        if (event.isEmpty()) {
            Instant until = rule.trigger() == Trigger.TIME_ELAPSED ? timeRules.momentOf(ticket.id(), rule.elapsedMoment())
                    .map(since -> since.plus(Duration.ofHours(rule.elapsedHours()))).orElse(null) : null;
            return skipped(ticket, skipReason(rule, ticket, now), until);
        }
        TicketFacts facts = event.get();
        if (!rule.holdsFor(facts, live)) {
            return new DryRunReport.Row(ticket.id(), ticket.number(), ticket.subject(), ticket.status().name(),
                    ticket.status().category().name(), false, null, null, rule.failingConditions(facts, live), List.of(),
                    List.of(), List.of());
        }
        List<Firing> firings = RuleEngine.run(List.of(rule), facts, r -> true, Set.of(), Planner.forRules(live), live);
        Firing firing = firings.get(0);
        return new DryRunReport.Row(ticket.id(), ticket.number(), ticket.subject(), ticket.status().name(),
                ticket.status().category().name(), true, null, null, List.of(), changes(firing, live.catalog()),
                firing.outgoing().stream().map(DryRun::describe).toList(),
                firing.problems().stream().map(p -> "Action " + (p.actionIndex() + 1) + ": " + p.reason()).toList());
    }

    private Optional<TicketFacts> event(Rule rule, TicketDetails ticket, TicketState state, Instant now) {
        Trigger trigger = rule.trigger();
        if (trigger.isMessage()) {
            return lastMessageBy(trigger, ticket.id()).map(m -> new TicketFacts(state, trigger, List.of(),
                    new TicketFacts.Message(m.id(), m.visibility(), m.channel(), m.body()), null, m.createdAt()));
        }
        if (trigger == Trigger.TICKET_UPDATED || trigger == Trigger.STATUS_CHANGED) {
            List<FieldChange> latest = latestChange(ticket.id());
            if (latest.isEmpty() || trigger == Trigger.STATUS_CHANGED
                    && latest.stream().noneMatch(c -> c.field().equals("status"))) {
                return Optional.empty();
            }
            return Optional.of(new TicketFacts(state, trigger, latest, null, null, ticket.updatedAt()));
        }
        if (trigger == Trigger.TIME_ELAPSED) {
            Optional<Instant> since = timeRules.momentOf(ticket.id(), rule.elapsedMoment());
            if (since.isEmpty() || since.get().plus(Duration.ofHours(rule.elapsedHours())).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new TicketFacts(state, trigger, List.of(), null, null, now));
        }
        if (trigger == Trigger.SLA_WARNING || trigger == Trigger.SLA_BREACHED) {
            return Optional.of(new TicketFacts(state, trigger, List.of(), null,
                    new TicketFacts.SlaTarget("RESOLUTION", now), now));
        }
        return Optional.of(new TicketFacts(state, trigger, List.of(), null, null, ticket.createdAt()));
    }

    private String skipReason(Rule rule, TicketDetails ticket, Instant now) {
        Trigger trigger = rule.trigger();
        if (trigger.isMessage()) {
            return "no-message";
        }
        if (trigger == Trigger.TIME_ELAPSED) {
            return timeRules.momentOf(ticket.id(), rule.elapsedMoment()).map(since -> "waits").orElse("no-moment");
        }
        return trigger == Trigger.STATUS_CHANGED ? "no-status-change" : "no-change";
    }

    private Optional<MessageView> lastMessageBy(Trigger trigger, long ticketId) {
        long system = directory.systemUserId();
        List<MessageView> messages = conversations.messages(ticketId, Actor.system());
        for (int i = messages.size() - 1; i >= 0; i--) {
            MessageView m = messages.get(i);
            if (m.author() == null || m.author().id() == system) {
                continue;
            }
            Role role = m.author().role();
            Trigger by = role.isStaff() ? Trigger.MESSAGE_BY_AGENT
                    : role == Role.COLLABORATOR ? Trigger.MESSAGE_BY_COLLABORATOR : Trigger.MESSAGE_BY_CUSTOMER;
            if (by == trigger) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The fields of the ticket's latest save (its last version), as rule conditions see changes. */
    private List<FieldChange> latestChange(long ticketId) {
        List<HistoryEntry> history = tickets.history(ticketId, Actor.system());
        if (history.isEmpty()) {
            return List.of();
        }
        long version = history.get(history.size() - 1).version();
        return history.stream().filter(h -> h.version() == version && !h.field().equals("ticket")
                        && !h.field().startsWith("automation") && !h.field().equals("sla"))
                .map(h -> new FieldChange(h.field(), h.oldValue(), h.newValue())).toList();
    }

    private List<DryRunReport.Change> changes(Firing firing, Catalog catalog) {
        var names = new ValueNames(catalog, directory);
        return Edits.changes(firing.before(), firing.after()).stream()
                .map(c -> new DryRunReport.Change(c.field(), names.of(c.field(), c.oldValue()),
                        names.of(c.field(), c.newValue())))
                .toList();
    }

    private static String describe(Outgoing o) {
        if (o instanceof Outgoing.PostedMessage m) {
            return (m.visibility() == Visibility.PUBLIC ? "reply:" : "note:") + abbreviate(m.body());
        }
        if (o instanceof Outgoing.Email e) {
            return "email:" + String.join(", ", e.addresses()) + " — " + e.subject();
        }
        return "webhook:" + ((Outgoing.WebhookCall) o).url();
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }

    private static DryRunReport.Row skipped(TicketDetails ticket, String reason, Instant until) {
        return new DryRunReport.Row(ticket.id(), ticket.number(), ticket.subject(), ticket.status().name(),
                ticket.status().category().name(), false, reason, until, List.of(), List.of(), List.of(), List.of());
    }
}
