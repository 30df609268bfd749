package org.tessera.automation.web;

import java.util.Arrays;
import java.util.List;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Recipient;
import org.tessera.automation.rule.RoutingStrategy;
import org.tessera.ticket.StatusCategory;

/** One action as the form shows it: its kind and the inputs that kind needs. */
public record ActionRow(int index, String kind, String value, String key, String team, String recipient,
                        String strategy, String subject, String body, String url, String secret) {

    public static final List<String> KINDS = List.of("set-status", "set-priority", "set-type", "set-team",
            "set-assignee", "add-tags", "remove-tags", "set-field", "add-follower", "route", "post-reply", "add-note",
            "send-email", "webhook");
    public static final List<String> MACRO_KINDS = KINDS.subList(0, 9);

    public static ActionRow blank(int index) {
        return new ActionRow(index, "set-status", "", "", "", "REQUESTER", "ROUND_ROBIN", "", "", "", "");
    }

    public ActionRow withIndex(int index) {
        return new ActionRow(index, kind, value, key, team, recipient, strategy, subject, body, url, secret);
    }

    public Action toAction() {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case "set-status" -> new Action.SetStatus(v.isEmpty() ? null : StatusCategory.valueOf(v));
            case "set-priority" -> new Action.SetPriority(v.isEmpty() ? 0 : Integer.parseInt(v));
            case "set-type" -> new Action.SetType(v);
            case "set-team" -> new Action.SetTeam(ConditionRow.id(v));
            case "set-assignee" -> new Action.SetAssignee(ConditionRow.id(v));
            case "add-tags" -> new Action.AddTags(words(v));
            case "remove-tags" -> new Action.RemoveTags(words(v));
            case "set-field" -> new Action.SetCustomField(key, v);
            case "add-follower" -> {
                Long id = ConditionRow.id(v);
                if (id == null) {
                    throw new IllegalArgumentException("choose a person");
                }
                yield new Action.AddFollower(id);
            }
            case "route" -> new Action.Route(RoutingStrategy.valueOf(strategy), ConditionRow.id(team));
            case "post-reply" -> new Action.PostReply(body);
            case "add-note" -> new Action.AddNote(body);
            case "send-email" -> new Action.SendEmail(Recipient.valueOf(recipient), ConditionRow.id(team), subject, body);
            case "webhook" -> new Action.CallWebhook(url == null ? "" : url.strip(), secret);
            default -> throw new IllegalArgumentException("unknown action " + kind);
        };
    }

    public static ActionRow of(int index, Action a) {
        ActionRow row = blank(index);
        if (a instanceof Action.SetStatus s) {
            return row.with("set-status", s.category() == null ? "" : s.category().name());
        }
        if (a instanceof Action.SetPriority p) {
            return row.with("set-priority", String.valueOf(p.priority()));
        }
        if (a instanceof Action.SetType t) {
            return row.with("set-type", t.typeKey());
        }
        if (a instanceof Action.SetTeam t) {
            return row.with("set-team", t.teamId() == null ? "" : String.valueOf(t.teamId()));
        }
        if (a instanceof Action.SetAssignee s) {
            return row.with("set-assignee", s.agentId() == null ? "" : String.valueOf(s.agentId()));
        }
        if (a instanceof Action.AddTags t) {
            return row.with("add-tags", String.join(" ", t.tags()));
        }
        if (a instanceof Action.RemoveTags t) {
            return row.with("remove-tags", String.join(" ", t.tags()));
        }
        if (a instanceof Action.SetCustomField f) {
            return new ActionRow(index, "set-field", f.value(), f.key(), "", "REQUESTER", "ROUND_ROBIN", "", "", "", "");
        }
        if (a instanceof Action.AddFollower f) {
            return row.with("add-follower", String.valueOf(f.userId()));
        }
        if (a instanceof Action.Route r) {
            return new ActionRow(index, "route", "", "", r.teamId() == null ? "" : String.valueOf(r.teamId()),
                    "REQUESTER", r.strategy().name(), "", "", "", "");
        }
        if (a instanceof Action.PostReply r) {
            return new ActionRow(index, "post-reply", "", "", "", "REQUESTER", "ROUND_ROBIN", "", r.body(), "", "");
        }
        if (a instanceof Action.AddNote n) {
            return new ActionRow(index, "add-note", "", "", "", "REQUESTER", "ROUND_ROBIN", "", n.body(), "", "");
        }
        if (a instanceof Action.SendEmail e) {
            return new ActionRow(index, "send-email", "", "", e.teamId() == null ? "" : String.valueOf(e.teamId()),
                    e.recipient().name(), "ROUND_ROBIN", e.subject(), e.body(), "", "");
        }
        Action.CallWebhook w = (Action.CallWebhook) a;
        return new ActionRow(index, "webhook", "", "", "", "REQUESTER", "ROUND_ROBIN", "", "", w.url(), w.secret());
    }

    private ActionRow with(String kind, String value) {
        return new ActionRow(index, kind, value, key, team, recipient, strategy, subject, body, url, secret);
    }

    private static List<String> words(String v) {
        return Arrays.stream(v.split("[,\\s]+")).filter(w -> !w.isBlank()).toList();
    }
}
