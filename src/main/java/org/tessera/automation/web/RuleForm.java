package org.tessera.automation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Moment;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;

/**
 * The rule form: the rule's settings and its rows of conditions ({@code c[i].field}, {@code c[i].op},
 * {@code c[i].value}) and actions ({@code a[i].kind} and what the kind needs). Rows count in the order they come,
 * so moving a row in the page reorders it.
 */
public record RuleForm(long id, String name, String description, String trigger, String elapsedMoment,
                       String elapsedAmount, String elapsedUnit, String match, boolean stopsLater, boolean active,
                       List<ConditionRow> conditions, List<ActionRow> actions) {

    private static final Pattern ROW = Pattern.compile("^([ca])\\[(\\d+)]\\.(\\w+)$");

    public static RuleForm empty() {
        return new RuleForm(0, "", "", "TICKET_CREATED", "STATUS_CHANGED", "", "days", "ALL", false, true,
                List.of(ConditionRow.blank(0)), List.of(ActionRow.blank(0)));
    }

    public static RuleForm of(Rule rule) {
        var conditions = new ArrayList<ConditionRow>();
        for (int i = 0; i < rule.conditions().size(); i++) {
            conditions.add(ConditionRow.of(i, rule.conditions().get(i)));
        }
        var actions = new ArrayList<ActionRow>();
        for (int i = 0; i < rule.actions().size(); i++) {
            actions.add(ActionRow.of(i, rule.actions().get(i)));
        }
        Integer hours = rule.elapsedHours();
        boolean days = hours != null && hours % 24 == 0;
        return new RuleForm(rule.id(), rule.name(), rule.description(), rule.trigger().name(),
                rule.elapsedMoment() == null ? "STATUS_CHANGED" : rule.elapsedMoment().name(),
                hours == null ? "" : String.valueOf(days ? hours / 24 : hours), days || hours == null ? "days" : "hours",
                rule.match().name(), rule.stopsLater(), rule.active(), conditions, actions);
    }

    public static RuleForm read(long id, MultiValueMap<String, String> params) {
        Map<Integer, Map<String, List<String>>> conditionRows = new LinkedHashMap<>();
        Map<Integer, Map<String, List<String>>> actionRows = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            Matcher m = ROW.matcher(name);
            if (m.matches()) {
                var rows = m.group(1).equals("c") ? conditionRows : actionRows;
                rows.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new LinkedHashMap<>()).put(m.group(3), values);
            }
        });
        var conditions = new ArrayList<ConditionRow>();
        conditionRows.values().forEach(row -> {
            String field = first(row, "field");
            conditions.add(new ConditionRow(conditions.size(), field,
                    first(row, "op").isEmpty() ? ConditionRow.operatorsOf(field).get(0) : first(row, "op"),
                    row.getOrDefault("value", List.of())));
        });
        var actions = new ArrayList<ActionRow>();
        actionRows.values().forEach(row -> actions.add(new ActionRow(actions.size(), first(row, "kind"),
                first(row, "value"), first(row, "key"), first(row, "team"), first(row, "recipient"),
                first(row, "strategy"), first(row, "subject"), first(row, "body"), first(row, "url"),
                first(row, "secret"))));
        return new RuleForm(id, text(params, "name"), text(params, "description"), text(params, "trigger"),
                text(params, "elapsedMoment"), text(params, "elapsedAmount"), text(params, "elapsedUnit"),
                text(params, "match").isEmpty() ? "ALL" : text(params, "match"),
                "true".equals(params.getFirst("stopsLater")), "true".equals(params.getFirst("active")),
                conditions, actions);
    }

    /** The typed rule; rows that cannot be read are refused naming the row. */
    public Rule toRule() {
        var violations = new ArrayList<Violation>();
        var typedConditions = new ArrayList<Condition>();
        for (ConditionRow row : conditions) {
            try {
                typedConditions.add(row.toCondition());
            } catch (IllegalArgumentException wrong) {
                violations.add(new Violation("conditions[" + row.index() + "]", message(wrong)));
            }
        }
        var typedActions = new ArrayList<Action>();
        for (ActionRow row : actions) {
            try {
                typedActions.add(row.toAction());
            } catch (IllegalArgumentException | NullPointerException wrong) {
                violations.add(new Violation("actions[" + row.index() + "]", message(wrong)));
            }
        }
        Trigger typedTrigger = null;
        try {
            typedTrigger = Trigger.valueOf(trigger);
        } catch (IllegalArgumentException | NullPointerException wrong) {
            violations.add(new Violation("trigger", "choose when the rule runs"));
        }
        Integer hours = null;
        if (typedTrigger == Trigger.TIME_ELAPSED) {
            try {
                int amount = Integer.parseInt(elapsedAmount.strip());
                hours = "days".equals(elapsedUnit) ? amount * 24 : amount;
            } catch (NumberFormatException wrong) {
                violations.add(new Violation("elapsedHours", "enter how many hours or days"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Rule(id, 0, name.strip(), description.strip(), typedTrigger,
                typedTrigger == Trigger.TIME_ELAPSED ? Moment.valueOf(elapsedMoment) : null, hours,
                Match.valueOf(match), typedConditions, typedActions, stopsLater, active);
    }

    public boolean isNew() {
        return id == 0;
    }

    private static String message(RuntimeException wrong) {
        return wrong.getMessage() == null || wrong instanceof NullPointerException ? "fill in this row"
                : wrong.getMessage().startsWith("No enum constant") ? "choose a value" : wrong.getMessage();
    }

    private static String first(Map<String, List<String>> row, String name) {
        List<String> values = row.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }
}
