package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Comparison;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Moment;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.RoutingStrategy;
import org.tessera.automation.rule.RuleEngine;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.ticket.StatusCategory;

/** Rules on one event: in order, each seeing the last one's changes, able to stop the others, and never looping. */
class RuleChainTests {

    private final FakeHelpdesk helpdesk = new FakeHelpdesk();
    private final TicketState ticket = helpdesk.ticket();
    private long ids = 1;

    private Rule rule(Trigger trigger, List<Condition> conditions, Action... actions) {
        return rule(trigger, false, conditions, actions);
    }

    private Rule rule(Trigger trigger, boolean stops, List<Condition> conditions, Action... actions) {
        long id = ids++;
        return new Rule(id, (int) id, "Rule " + id, "", trigger, trigger == Trigger.TIME_ELAPSED ? Moment.CREATED : null,
                trigger == Trigger.TIME_ELAPSED ? 1 : null, Match.ALL, conditions, List.of(actions), stops, true);
    }

    private List<Firing> run(TicketFacts facts, Rule... rules) {
        return RuleEngine.run(List.of(rules), facts, RuleEngine.triggeredBy(EnumSet.of(facts.trigger())), Set.of(),
                Planner.forRules(helpdesk), helpdesk);
    }

    @Test
    void onlyTheRulesOfTheEventsTriggerRun() {
        Rule onCreate = rule(Trigger.TICKET_CREATED, List.of(), new Action.SetPriority(2));
        Rule onCustomer = rule(Trigger.MESSAGE_BY_CUSTOMER, List.of(), new Action.SetPriority(1));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), onCreate, onCustomer);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(onCreate.id());
    }

    @Test
    void laterRulesSeeWhatEarlierRulesChanged() {
        Rule vip = rule(Trigger.TICKET_CREATED, List.of(new Condition.RequesterIs(
                org.tessera.automation.rule.TextMatch.ENDS_WITH, "@acme.example")), new Action.AddTags(List.of("vip")));
        Rule urgent = rule(Trigger.TICKET_CREATED, List.of(new Condition.HasTag("vip", false)), new Action.SetPriority(1));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), vip, urgent);

        assertThat(firings).hasSize(2);
        assertThat(firings.get(1).after().priority()).isEqualTo(1);
        assertThat(firings.get(1).after().tags()).containsExactly("vip");
    }

    @Test
    void anEarlierRuleLooksAgainOnceALaterOneChangedTheTicket() {
        Rule urgent = rule(Trigger.TICKET_CREATED, List.of(new Condition.HasTag("vip", false)), new Action.SetPriority(1));
        Rule vip = rule(Trigger.TICKET_CREATED, List.of(), new Action.AddTags(List.of("vip")));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), urgent, vip);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(vip.id(), urgent.id());
        assertThat(firings.get(1).after().priority()).isEqualTo(1);
        assertThat(firings.get(1).after().tags()).containsExactly("vip");
    }

    @Test
    void roundRobinInTheTeamSeesTheTeamALaterRuleChose() {
        Rule roundRobin = rule(Trigger.TICKET_CREATED, List.of(new Condition.TeamIs(null, true),
                new Condition.AssigneeIs(null, false)), new Action.Route(RoutingStrategy.ROUND_ROBIN, null));
        Rule billing = rule(Trigger.TICKET_CREATED, List.of(), new Action.SetTeam(FakeHelpdesk.BILLING));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), roundRobin, billing);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(billing.id(), roundRobin.id());
        assertThat(firings.get(1).routed()).isNotNull();
    }

    @Test
    void aRuleOfAnotherTriggerDoesNotJoinTheChain() {
        Rule onCustomer = rule(Trigger.MESSAGE_BY_CUSTOMER, List.of(), new Action.AddTags(List.of("customer")));
        Rule onCreate = rule(Trigger.TICKET_CREATED, List.of(), new Action.SetPriority(2));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), onCustomer, onCreate);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(onCreate.id());
    }

    @Test
    void aRuleThatStopsEndsTheChain() {
        Rule first = rule(Trigger.TICKET_CREATED, true, List.of(), new Action.SetPriority(2));
        Rule second = rule(Trigger.TICKET_CREATED, List.of(), new Action.AddTags(List.of("later")));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), first, second);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(first.id());
    }

    @Test
    void changesMadeByRulesLetUpdateRulesLookAgain() {
        Rule reopen = rule(Trigger.MESSAGE_BY_CUSTOMER, List.of(), new Action.SetStatus(StatusCategory.OPEN));
        Rule onStatus = rule(Trigger.STATUS_CHANGED, List.of(new Condition.CategoryIs(EnumSet.of(StatusCategory.OPEN), false)),
                new Action.AddTags(List.of("reopened")));
        TicketState pending = helpdesk.inCategory(ticket, StatusCategory.PENDING);

        List<Firing> firings = run(helpdesk.facts(pending, Trigger.MESSAGE_BY_CUSTOMER), reopen, onStatus);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(reopen.id(), onStatus.id());
        assertThat(firings.get(1).after().tags()).containsExactly("reopened");
    }

    @Test
    void twoRulesUndoingEachOtherEachActOnceAndTheChainEnds() {
        Rule up = rule(Trigger.TICKET_UPDATED, List.of(new Condition.PriorityIs(Comparison.IS, 3)), new Action.SetPriority(1));
        Rule down = rule(Trigger.TICKET_UPDATED, List.of(new Condition.PriorityIs(Comparison.IS, 1)), new Action.SetPriority(3));

        List<Firing> firings = run(helpdesk.facts(ticket, Trigger.TICKET_UPDATED), up, down);

        assertThat(firings).extracting(f -> f.rule().id()).containsExactly(up.id(), down.id());
        assertThat(firings.get(1).after().priority()).isEqualTo(3);
    }

    @Test
    void aRuleThatAlwaysChangesSomethingActsOnce() {
        Rule restless = rule(Trigger.TICKET_UPDATED, List.of(), new Action.AddTags(List.of("touched")),
                new Action.SetPriority(2));

        assertThat(run(helpdesk.facts(ticket, Trigger.TICKET_UPDATED), restless)).hasSize(1);
    }

    @Test
    void rulesThatActedOnARedeliveredEventDoNotActAgain() {
        Rule onCreate = rule(Trigger.TICKET_CREATED, List.of(), new Action.SetPriority(2));

        List<Firing> firings = RuleEngine.run(List.of(onCreate), helpdesk.facts(ticket, Trigger.TICKET_CREATED),
                RuleEngine.triggeredBy(EnumSet.of(Trigger.TICKET_CREATED)), Set.of(onCreate.id()),
                Planner.forRules(helpdesk), helpdesk);

        assertThat(firings).isEmpty();
    }

    @Test
    void closedTicketsAreLeftAlone() {
        Rule onUpdate = rule(Trigger.TICKET_UPDATED, List.of(), new Action.SetPriority(2));
        TicketState closed = helpdesk.inCategory(ticket, StatusCategory.CLOSED);

        assertThat(run(helpdesk.facts(closed, Trigger.TICKET_UPDATED), onUpdate)).isEmpty();
    }

    @Test
    void inactiveRulesDoNotRun() {
        Rule off = new Rule(99, 1, "Off", "", Trigger.TICKET_CREATED, null, null, Match.ALL, List.of(),
                List.of(new Action.SetPriority(1)), false, false);

        assertThat(run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), off)).isEmpty();
    }

    @Test
    void anyConditionIsEnoughWhenTheRuleSaysAny() {
        var any = new Rule(50, 1, "Any", "", Trigger.TICKET_CREATED, null, null, Match.ANY,
                List.of(new Condition.PriorityIs(Comparison.IS, 1), new Condition.TypeIs(Set.of("incident"), false)),
                List.of(new Action.AddTags(List.of("any"))), false, true);

        assertThat(run(helpdesk.facts(ticket, Trigger.TICKET_CREATED), any)).hasSize(1);
    }

    @Test
    void everyTriggerStartsOnlyItsOwnRules() {
        for (Trigger trigger : Trigger.values()) {
            var rules = java.util.Arrays.stream(Trigger.values())
                    .map(t -> rule(t, List.of(), new Action.AddTags(List.of(t.name().toLowerCase())))).toArray(Rule[]::new);

            List<Firing> firings = run(helpdesk.facts(ticket, trigger), rules);

            assertThat(firings.get(0).rule().trigger()).as(trigger.name()).isEqualTo(trigger);
            assertThat(firings).extracting(f -> f.rule().trigger()).as(trigger.name())
                    .allMatch(t -> t == trigger || t == Trigger.TICKET_UPDATED);
        }
    }
}
