package org.tessera.automation.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tessera.conversation.Visibility;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.Priority;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;

/**
 * Works out what a list of actions would do to a ticket, without doing it: a new state, what would be sent, and
 * the actions that cannot be carried out with the reason. Nothing here touches the database, so the dry run and the
 * real run plan alike.
 */
public final class Planner {

    private final Lookups lookups;
    private final String agentName;

    /** {@code agentName} fills {{agent.name}}: the agent applying a macro, or the system for rules. */
    public Planner(Lookups lookups, String agentName) {
        this.lookups = lookups;
        this.agentName = agentName;
    }

    public Firing plan(Rule rule, TicketState start) {
        TicketState state = start;
        var outgoing = new ArrayList<Outgoing>();
        var problems = new ArrayList<Firing.Problem>();
        Action.Route routed = null;
        for (int i = 0; i < rule.actions().size(); i++) {
            Action action = rule.actions().get(i);
            try {
                if (action instanceof Action.Route route) {
                    Routing.Result result = Routing.pick(route, state, lookups,
                            lookups.lastInTurn(Routing.teamKey(route, state)));
                    if (result.agentId() == null) {
                        throw new IllegalStateException("cannot route: " + result.reason());
                    }
                    state = state.withAssignee(result.agentId());
                    routed = route;
                } else {
                    state = apply(action, state, outgoing);
                }
            } catch (IllegalArgumentException | IllegalStateException refused) {
                problems.add(new Firing.Problem(i, refused.getMessage()));
            }
        }
        return new Firing(rule, start, state, List.copyOf(outgoing), List.copyOf(problems), routed);
    }

    private TicketState apply(Action action, TicketState state, List<Outgoing> outgoing) {
        if (action instanceof Action.SetStatus a) {
            return setStatus(state, a);
        }
        if (action instanceof Action.SetPriority a) {
            if (!Priority.isValid(a.priority())) {
                throw new IllegalArgumentException("priority " + a.priority() + " is not between 1 and 5");
            }
            return state.withPriority(a.priority());
        }
        if (action instanceof Action.SetType a) {
            return setType(state, a);
        }
        if (action instanceof Action.SetTeam a) {
            if (a.teamId() != null && lookups.team(a.teamId()).isEmpty()) {
                throw new IllegalArgumentException("team " + a.teamId() + " no longer exists");
            }
            return state.withTeam(a.teamId());
        }
        if (action instanceof Action.SetAssignee a) {
            if (a.agentId() != null && lookups.agents().stream().noneMatch(u -> u.id() == a.agentId())) {
                throw new IllegalArgumentException("user " + a.agentId() + " is not an active agent");
            }
            return state.withAssignee(a.agentId());
        }
        if (action instanceof Action.AddTags a) {
            return state.withTags(state.tagsPlus(clean(a.tags())));
        }
        if (action instanceof Action.RemoveTags a) {
            List<String> removed = clean(a.tags());
            return state.withTags(state.tags().stream().filter(t -> !removed.contains(t)).toList());
        }
        if (action instanceof Action.SetCustomField a) {
            return setField(state, a);
        }
        if (action instanceof Action.AddFollower a) {
            lookups.user(a.userId()).orElseThrow(() -> new IllegalArgumentException("user " + a.userId() + " no longer exists"));
            return state.withFollower(a.userId());
        }
        if (action instanceof Action.PostReply a) {
            outgoing.add(new Outgoing.PostedMessage(Visibility.PUBLIC, text(a.body(), state)));
            return state;
        }
        if (action instanceof Action.AddNote a) {
            outgoing.add(new Outgoing.PostedMessage(Visibility.INTERNAL, text(a.body(), state)));
            return state;
        }
        if (action instanceof Action.SendEmail a) {
            outgoing.add(new Outgoing.Email(a.recipient(), recipients(a, state),
                    Placeholders.render(a.subject(), state, lookups, agentName), text(a.body(), state)));
            return state;
        }
        if (action instanceof Action.CallWebhook a) {
            outgoing.add(new Outgoing.WebhookCall(a.url(), a.secret()));
            return state;
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    private TicketState setStatus(TicketState state, Action.SetStatus a) {
        if (state.category() == a.category()) {
            return state;
        }
        TicketTypeView type = lookups.catalog().type(state.typeId());
        StatusView target = type.firstIn(a.category()).orElseThrow(() -> new IllegalStateException(
                type.name() + " has no status in the category " + a.category()));
        StatusView current = lookups.catalog().status(state.statusId());
        if (!current.allows(target)) {
            throw new IllegalStateException("the workflow of " + type.name() + " does not allow " + current.name()
                    + " → " + target.name());
        }
        return state.withStatus(target);
    }

    private TicketState setType(TicketState state, Action.SetType a) {
        TicketTypeView type = lookups.catalog().type(a.typeKey()).filter(TicketTypeView::active)
                .orElseThrow(() -> new IllegalArgumentException("there is no active ticket type " + a.typeKey()));
        if (type.id() == state.typeId()) {
            return state;
        }
        StatusView status = type.firstIn(state.category()).orElse(type.initialStatus());
        return state.withType(type, status);
    }

    private TicketState setField(TicketState state, Action.SetCustomField a) {
        CustomFieldView field = lookups.catalog().fieldsFor(state.typeId()).stream()
                .filter(f -> f.key().equals(a.key())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the field " + a.key() + " does not belong to "
                        + lookups.catalog().type(state.typeId()).name()));
        String value = a.value() == null ? "" : a.value().strip();
        if (value.isEmpty()) {
            return state.withCustomField(field.key(), null);
        }
        Object typed = switch (field.kind()) {
            case MULTI_SELECT -> Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            case CHECKBOX -> Boolean.parseBoolean(value) || value.equalsIgnoreCase("yes");
            case NUMBER -> number(value);
            default -> value;
        };
        if (field.kind().hasOptions()) {
            List<?> chosen = typed instanceof List<?> l ? l : List.of(typed);
            chosen.stream().filter(o -> !field.options().contains(String.valueOf(o))).findFirst().ifPresent(o -> {
                throw new IllegalArgumentException("'" + o + "' is not an option of " + field.label());
            });
        }
        return state.withCustomField(field.key(), typed);
    }

    private static Object number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.scale() <= 0 ? (Object) number.longValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    private String text(String template, TicketState state) {
        String text = Placeholders.render(template, state, lookups, agentName).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the message would be empty");
        }
        return text;
    }

    private List<String> recipients(Action.SendEmail a, TicketState state) {
        List<String> addresses = switch (a.recipient()) {
            case REQUESTER -> List.of(state.requesterEmail());
            case ASSIGNEE -> state.assigneeId() == null ? List.of()
                    : lookups.user(state.assigneeId()).map(UserSummary::email).stream().toList();
            case FOLLOWERS -> state.followers().stream().sorted().flatMap(id -> lookups.user(id).stream())
                    .map(UserSummary::email).toList();
            case TEAM -> {
                Long team = a.teamId() != null ? a.teamId() : state.teamId();
                yield team == null ? List.<String>of() : lookups.team(team).map(t -> t.memberIds()).orElse(List.of())
                        .stream().flatMap(id -> lookups.user(id).stream()).map(UserSummary::email).toList();
            }
        };
        if (addresses.isEmpty()) {
            throw new IllegalStateException("there is nobody to email: the ticket has no "
                    + a.recipient().name().toLowerCase(Locale.ROOT));
        }
        return addresses;
    }

    private static List<String> clean(List<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** For tests and the benchmark: the planner of rules, speaking as the system. */
    public static Planner forRules(Lookups lookups) {
        return new Planner(lookups, "Tessera");
    }

}
