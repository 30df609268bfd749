package org.tessera.automation.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Placeholders;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;
import org.tessera.identity.Directory;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.sla.BusinessCalendars;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.CustomFieldView;
import org.tessera.ticket.Priority;
import org.tessera.ticket.Workflows;

/**
 * Whether a rule (or a macro's actions) can be saved: everything it names exists, templates use known
 * placeholders, webhooks have a URL and a secret. Violations name the row ({@code conditions[2]},
 * {@code actions[0]}) so the form can point at it.
 */
@Component
public class RuleCheck {

    private final Workflows workflows;
    private final Directory directory;
    private final BusinessCalendars calendars;

    RuleCheck(Workflows workflows, Directory directory, BusinessCalendars calendars) {
        this.workflows = workflows;
        this.directory = directory;
        this.calendars = calendars;
    }

    public void check(Rule rule) {
        var violations = new ArrayList<Violation>();
        if (rule.name() == null || rule.name().isBlank()) {
            violations.add(new Violation("name", "must not be empty"));
        } else if (rule.name().length() > 120) {
            violations.add(new Violation("name", "must have at most 120 characters"));
        }
        if (rule.trigger() == null) {
            violations.add(new Violation("trigger", "choose when the rule runs"));
        } else if (rule.trigger() == Trigger.TIME_ELAPSED && (rule.elapsedMoment() == null
                || rule.elapsedHours() == null || rule.elapsedHours() < 1 || rule.elapsedHours() > 24 * 366)) {
            violations.add(new Violation("elapsedHours", "a time rule needs a moment and between 1 hour and a year"));
        }
        for (int i = 0; i < rule.conditions().size(); i++) {
            String problem = problemOf(rule.conditions().get(i));
            if (problem != null) {
                violations.add(new Violation("conditions[" + i + "]", problem));
            }
        }
        checkActions(rule.actions(), false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    public void checkActions(List<Action> actions, boolean macro, List<Violation> violations) {
        if (actions.isEmpty() && !macro) {
            violations.add(new Violation("actions", "add at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            String problem = macro && !action.fitsMacros() ? "a macro only changes fields" : problemOf(action);
            if (problem != null) {
                violations.add(new Violation("actions[" + i + "]", problem));
            }
        }
    }

    private String problemOf(Condition c) {
        Catalog catalog = workflows.catalog();
        if (c instanceof Condition.CategoryIs k) {
            return k.categories() == null || k.categories().isEmpty() ? "choose at least one category" : null;
        }
        if (c instanceof Condition.StatusIs s) {
            return s.statusKeys() == null || s.statusKeys().isEmpty() ? "choose at least one status"
                    : s.statusKeys().stream().filter(k -> !catalog.statusKeys().contains(k)).findFirst()
                    .map(k -> "'" + k + "' is not a status").orElse(null);
        }
        if (c instanceof Condition.PriorityIs p) {
            return p.comparison() == null || !Priority.isValid(p.priority()) ? "choose a priority" : null;
        }
        if (c instanceof Condition.TypeIs t) {
            return t.typeKeys() == null || t.typeKeys().isEmpty() ? "choose at least one type"
                    : t.typeKeys().stream().filter(k -> catalog.type(k).isEmpty()).findFirst()
                    .map(k -> "'" + k + "' is not a ticket type").orElse(null);
        }
        if (c instanceof Condition.AssigneeIs a) {
            return a.agentId() == null || directory.user(a.agentId()).isPresent() ? null : "no such agent";
        }
        if (c instanceof Condition.TeamIs t) {
            return t.teamId() == null || directory.team(t.teamId()).isPresent() ? null : "no such team";
        }
        if (c instanceof Condition.OrganizationIs o) {
            return o.organizationId() == null || directory.organization(o.organizationId()).isPresent() ? null
                    : "no such organization";
        }
        if (c instanceof Condition.RequesterIs r) {
            return r.match() == null || r.match().needsValue() && blank(r.value()) ? "enter a value" : null;
        }
        if (c instanceof Condition.CustomFieldIs f) {
            if (catalog.field(f.key()).isEmpty()) {
                return "no custom field " + f.key();
            }
            return f.match() == null || f.match().needsValue() && blank(f.value()) ? "enter a value" : null;
        }
        if (c instanceof Condition.ChannelIs ch) {
            return blank(ch.channel()) ? "enter a channel" : null;
        }
        if (c instanceof Condition.HasTag t) {
            return blank(t.tag()) ? "enter a tag" : null;
        }
        if (c instanceof Condition.TextContains t) {
            return t.scope() == null || blank(t.words()) ? "enter words" : null;
        }
        if (c instanceof Condition.WithinBusinessHours b) {
            return calendars.find(b.calendarId()).isPresent() ? null : "no such calendar";
        }
        if (c instanceof Condition.FieldChanged f) {
            return blank(f.field()) ? "choose a field" : null;
        }
        if (c instanceof Condition.MessageVisibilityIs m) {
            return m.visibility() == null ? "choose public or internal" : null;
        }
        return "unknown condition";
    }

    private String problemOf(Action a) {
        Catalog catalog = workflows.catalog();
        Set<String> fieldKeys = catalog.fields().stream().map(CustomFieldView::key).collect(Collectors.toSet());
        try {
            if (a instanceof Action.SetStatus s) {
                return s.category() == null ? "choose a status category" : null;
            }
            if (a instanceof Action.SetPriority p) {
                return Priority.isValid(p.priority()) ? null : "choose a priority";
            }
            if (a instanceof Action.SetType t) {
                return catalog.type(t.typeKey()).isPresent() ? null : "choose a ticket type";
            }
            if (a instanceof Action.SetTeam t) {
                return t.teamId() == null || directory.team(t.teamId()).isPresent() ? null : "no such team";
            }
            if (a instanceof Action.SetAssignee s) {
                return s.agentId() == null || directory.user(s.agentId()).filter(u -> u.role().isStaff()).isPresent()
                        ? null : "choose an agent";
            }
            if (a instanceof Action.AddTags t) {
                return t.tags() == null || t.tags().isEmpty() ? "enter tags" : null;
            }
            if (a instanceof Action.RemoveTags t) {
                return t.tags() == null || t.tags().isEmpty() ? "enter tags" : null;
            }
            if (a instanceof Action.SetCustomField f) {
                return catalog.field(f.key()).isPresent() ? null : "choose a custom field";
            }
            if (a instanceof Action.Route r) {
                return r.strategy() == null ? "choose how to route"
                        : r.teamId() == null || directory.team(r.teamId()).isPresent() ? null : "no such team";
            }
            if (a instanceof Action.AddFollower f) {
                return directory.user(f.userId()).isPresent() ? null : "choose a person";
            }
            if (a instanceof Action.SendEmail e) {
                if (e.recipient() == null) {
                    return "choose who receives it";
                }
                if (blank(e.subject()) || blank(e.body())) {
                    return "an email needs a subject and a text";
                }
                Placeholders.check(e.subject(), fieldKeys);
                Placeholders.check(e.body(), fieldKeys);
                return null;
            }
            if (a instanceof Action.PostReply r) {
                Placeholders.check(r.body(), fieldKeys);
                return blank(r.body()) ? "enter the reply" : null;
            }
            if (a instanceof Action.AddNote n) {
                Placeholders.check(n.body(), fieldKeys);
                return blank(n.body()) ? "enter the note" : null;
            }
            if (a instanceof Action.CallWebhook w) {
                if (blank(w.url()) || !(w.url().startsWith("http://") || w.url().startsWith("https://"))) {
                    return "enter an http:// or https:// URL";
                }
                URI.create(w.url().strip());
                return blank(w.secret()) || w.secret().length() < 16 ? "the signing secret needs 16 characters or more"
                        : null;
            }
        } catch (IllegalArgumentException wrong) {
            return wrong.getMessage();
        }
        return "unknown action";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
