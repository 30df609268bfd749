package org.tessera.automation.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tessera.automation.rule.Comparison;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.TextMatch;
import org.tessera.automation.rule.TextScope;
import org.tessera.conversation.Visibility;
import org.tessera.ticket.StatusCategory;

/**
 * One condition as the form shows it: a field, an operator, values. The form speaks in rows; the rule stores
 * typed conditions; this is the translation both ways.
 */
public record ConditionRow(int index, String field, String op, List<String> values) {

    public static final List<String> FIELDS = List.of("category", "status", "priority", "type", "assignee", "team",
            "requester", "organization", "channel", "tag", "subject", "body", "text", "hours", "changed", "message");

    /** The operators a field offers, the first being the default. */
    public List<String> operators() {
        return operatorsOf(field);
    }

    public static List<String> operatorsOf(String field) {
        if (field.startsWith("custom:")) {
            return List.of("is", "is_not", "contains", "is_empty", "is_set");
        }
        return switch (field) {
            case "category", "status", "type" -> List.of("in", "not_in");
            case "priority" -> List.of("is", "is_not", "higher_than", "lower_than");
            case "requester" -> List.of("is", "is_not", "contains", "ends_with");
            case "tag" -> List.of("includes", "excludes");
            case "subject", "body", "text" -> List.of("contains", "not_contains");
            case "hours" -> List.of("within", "outside");
            case "changed", "message" -> List.of("is");
            default -> List.of("is", "is_not");
        };
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean has(Object value) {
        return values.contains(String.valueOf(value));
    }

    public String customKey() {
        return field.startsWith("custom:") ? field.substring(7) : null;
    }

    public static ConditionRow blank(int index) {
        return new ConditionRow(index, "category", "in", List.of());
    }

    public ConditionRow withIndex(int index) {
        return new ConditionRow(index, field, op, values);
    }

    /** Throws IllegalArgumentException with a message for the row. */
    public Condition toCondition() {
        String v = value().strip();
        boolean negated = op.equals("not_in") || op.equals("is_not") || op.equals("excludes")
                || op.equals("not_contains") || op.equals("outside");
        if (field.startsWith("custom:")) {
            return new Condition.CustomFieldIs(customKey(), TextMatch.valueOf(op.toUpperCase(Locale.ROOT)), v);
        }
        return switch (field) {
            case "category" -> new Condition.CategoryIs(categories(), negated);
            case "status" -> new Condition.StatusIs(new LinkedHashSet<>(nonBlank()), negated);
            case "type" -> new Condition.TypeIs(new LinkedHashSet<>(nonBlank()), negated);
            case "priority" -> new Condition.PriorityIs(Comparison.valueOf(op.toUpperCase(Locale.ROOT)), number(v));
            case "assignee" -> new Condition.AssigneeIs(id(v), negated);
            case "team" -> new Condition.TeamIs(id(v), negated);
            case "organization" -> new Condition.OrganizationIs(id(v), negated);
            case "requester" -> new Condition.RequesterIs(TextMatch.valueOf(op.toUpperCase(Locale.ROOT)), v);
            case "channel" -> new Condition.ChannelIs(v, negated);
            case "tag" -> new Condition.HasTag(v, negated);
            case "subject" -> new Condition.TextContains(TextScope.SUBJECT, v, negated);
            case "body" -> new Condition.TextContains(TextScope.BODY, v, negated);
            case "text" -> new Condition.TextContains(TextScope.SUBJECT_OR_BODY, v, negated);
            case "hours" -> new Condition.WithinBusinessHours(requireId(v), negated);
            case "changed" -> new Condition.FieldChanged(v);
            case "message" -> new Condition.MessageVisibilityIs(v.isEmpty() ? null : Visibility.valueOf(v));
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    public static ConditionRow of(int index, Condition c) {
        if (c instanceof Condition.CategoryIs k) {
            return row(index, "category", k.negated() ? "not_in" : "in",
                    k.categories().stream().map(Enum::name).sorted().toList());
        }
        if (c instanceof Condition.StatusIs s) {
            return row(index, "status", s.negated() ? "not_in" : "in", List.copyOf(s.statusKeys()));
        }
        if (c instanceof Condition.TypeIs t) {
            return row(index, "type", t.negated() ? "not_in" : "in", List.copyOf(t.typeKeys()));
        }
        if (c instanceof Condition.PriorityIs p) {
            return row(index, "priority", lower(p.comparison()), List.of(String.valueOf(p.priority())));
        }
        if (c instanceof Condition.AssigneeIs a) {
            return row(index, "assignee", is(a.negated()), List.of(text(a.agentId())));
        }
        if (c instanceof Condition.TeamIs t) {
            return row(index, "team", is(t.negated()), List.of(text(t.teamId())));
        }
        if (c instanceof Condition.OrganizationIs o) {
            return row(index, "organization", is(o.negated()), List.of(text(o.organizationId())));
        }
        if (c instanceof Condition.RequesterIs r) {
            return row(index, "requester", lower(r.match()), List.of(r.value()));
        }
        if (c instanceof Condition.ChannelIs ch) {
            return row(index, "channel", is(ch.negated()), List.of(ch.channel()));
        }
        if (c instanceof Condition.HasTag t) {
            return row(index, "tag", t.negated() ? "excludes" : "includes", List.of(t.tag()));
        }
        if (c instanceof Condition.CustomFieldIs f) {
            return row(index, "custom:" + f.key(), lower(f.match()), List.of(f.value() == null ? "" : f.value()));
        }
        if (c instanceof Condition.TextContains t) {
            String field = switch (t.scope()) {
                case SUBJECT -> "subject";
                case BODY -> "body";
                case SUBJECT_OR_BODY -> "text";
            };
            return row(index, field, t.negated() ? "not_contains" : "contains", List.of(t.words()));
        }
        if (c instanceof Condition.WithinBusinessHours b) {
            return row(index, "hours", b.negated() ? "outside" : "within", List.of(String.valueOf(b.calendarId())));
        }
        if (c instanceof Condition.FieldChanged f) {
            return row(index, "changed", "is", List.of(f.field()));
        }
        Condition.MessageVisibilityIs m = (Condition.MessageVisibilityIs) c;
        return row(index, "message", "is", List.of(m.visibility() == null ? "" : m.visibility().name()));
    }

    private Set<StatusCategory> categories() {
        var set = EnumSet.noneOf(StatusCategory.class);
        nonBlank().forEach(v -> set.add(StatusCategory.valueOf(v)));
        return set;
    }

    private List<String> nonBlank() {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static ConditionRow row(int index, String field, String op, List<String> values) {
        return new ConditionRow(index, field, op, new ArrayList<>(values));
    }

    private static String is(boolean negated) {
        return negated ? "is_not" : "is";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Long id) {
        return id == null ? "" : String.valueOf(id);
    }

    static Long id(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("choose a value");
        }
    }

    private static long requireId(String v) {
        Long id = id(v);
        if (id == null) {
            throw new IllegalArgumentException("choose a calendar");
        }
        return id;
    }

    private static int number(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("choose a priority");
        }
    }
}
