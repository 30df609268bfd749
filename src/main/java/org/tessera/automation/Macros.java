package org.tessera.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.automation.internal.LiveLookups;
import org.tessera.automation.internal.MacroStore;
import org.tessera.automation.internal.RuleCheck;
import org.tessera.automation.rule.Edits;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Placeholders;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.Workflows;

/**
 * Macros: an agent applies a canned response plus field changes in one click. Every agent keeps personal macros;
 * administrators keep the shared ones. Applying one is a single save: the fields change and the response is posted
 * together, as the agent, and the history names the macro.
 */
@Service
@Transactional
public class Macros {

    private final MacroStore store;
    private final RuleCheck check;
    private final LiveLookups lookups;
    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final Conversations conversations;
    private final Directory directory;
    private final Workflows workflows;

    Macros(MacroStore store, RuleCheck check, LiveLookups lookups, TicketQueries queries, TicketManagement tickets,
           Conversations conversations, Directory directory, Workflows workflows) {
        this.store = store;
        this.check = check;
        this.lookups = lookups;
        this.queries = queries;
        this.tickets = tickets;
        this.conversations = conversations;
        this.directory = directory;
        this.workflows = workflows;
    }

    @Transactional(readOnly = true)
    public List<MacroView> available(Actor actor) {
        return actor.isStaff() ? store.visibleTo(actor.userId()) : List.of();
    }

    @Transactional(readOnly = true)
    public MacroView get(long id, Actor actor) {
        MacroView macro = store.find(id).orElseThrow(() -> new NotFound("Macro " + id));
        if (!actor.isStaff() || !macro.shared() && !macro.ownerId().equals(actor.userId())) {
            throw new NotFound("Macro " + id);
        }
        return macro;
    }

    /** Creates ({@code id} null) or changes a macro; shared ones are the administrators' to make. */
    public MacroView save(Long id, MacroView draft, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents keep macros");
        }
        if (id != null) {
            requireEditable(get(id, actor), actor);
        }
        if (draft.shared() && !actor.isAdmin()) {
            throw new Forbidden("Only administrators share macros");
        }
        var violations = new ArrayList<Violation>();
        if (draft.name() == null || draft.name().isBlank()) {
            violations.add(new Violation("name", "must not be empty"));
        }
        Set<String> keys = workflows.catalog().fields().stream().map(CustomFieldView::key).collect(Collectors.toSet());
        try {
            Placeholders.check(draft.body(), keys);
        } catch (IllegalArgumentException wrong) {
            violations.add(new Violation("body", wrong.getMessage()));
        }
        if ((draft.body() == null || draft.body().isBlank()) && draft.actions().isEmpty()) {
            violations.add(new Violation("body", "a macro needs a response, field changes, or both"));
        }
        check.checkActions(draft.actions(), true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        long saved = store.save(id, new MacroView(0, draft.name().strip(), draft.ownerId(),
                draft.body() == null ? "" : draft.body().strip(),
                draft.visibility() == null ? Visibility.PUBLIC : draft.visibility(), draft.actions()));
        return get(saved, actor);
    }

    public void delete(long id, Actor actor) {
        requireEditable(get(id, actor), actor);
        store.delete(id);
    }

    /**
     * Applies the macro to the ticket: its field changes, then its response with the placeholders filled in. If
     * any change is impossible (a status the workflow does not allow, say), nothing is applied.
     */
    public TicketDetails apply(long macroId, long ticketId, Long expectedVersion, Actor actor) {
        MacroView macro = get(macroId, actor);
        TicketDetails ticket = queries.get(ticketId, actor);
        Lookups live = lookups.fresh();
        String agent = directory.user(actor.userId()).map(UserSummary::displayName).orElse("");
        var asRule = new Rule(0, 0, macro.name(), "", Trigger.TICKET_UPDATED, null, null, Match.ALL, List.of(),
                macro.actions(), false, true);
        Firing firing = new Planner(live, agent).plan(asRule, TicketState.of(ticket));
        if (!firing.problems().isEmpty()) {
            throw new Conflict("macro", macro.name() + ": " + firing.problems().get(0).reason());
        }
        Actor via = actor.via("Macro: " + macro.name());
        TicketEdit edit = Edits.between(firing.before(), firing.after());
        TicketDetails result = tickets.change(ticketId, edit, expectedVersion, via);
        if (!macro.body().isBlank()) {
            String text = Placeholders.render(macro.body(), TicketState.of(result), live, agent).strip();
            if (!text.isEmpty()) {
                conversations.append(ticketId, text, macro.visibility(), List.of(), "web", via);
            }
        }
        return queries.get(ticketId, actor);
    }

    private static void requireEditable(MacroView macro, Actor actor) {
        if (macro.shared() ? !actor.isAdmin() : !macro.ownerId().equals(actor.userId())) {
            throw new Forbidden("Only administrators change shared macros");
        }
    }
}
