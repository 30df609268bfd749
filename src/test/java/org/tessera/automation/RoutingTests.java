package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Routing;
import org.tessera.automation.rule.RoutingStrategy;
import org.tessera.automation.rule.TicketState;

/** Round robin is fair, least open balances, skills find the expert. */
class RoutingTests {

    private final FakeHelpdesk helpdesk = new FakeHelpdesk();
    private final TicketState billingTicket = helpdesk.ticket().withTeam(FakeHelpdesk.BILLING);

    @Test
    void roundRobinGivesEveryAgentOfTheTeamTheSameNumberOfTickets() {
        var route = new Action.Route(RoutingStrategy.ROUND_ROBIN, null);
        Map<Long, Integer> received = new HashMap<>();

        for (int i = 0; i < 30; i++) {
            long agent = Routing.pick(route, billingTicket, helpdesk,
                    Optional.ofNullable(helpdesk.lastInTurn.get(FakeHelpdesk.BILLING))).agentId();
            helpdesk.lastInTurn.put(FakeHelpdesk.BILLING, agent);
            received.merge(agent, 1, Integer::sum);
        }

        assertThat(received).containsOnlyKeys(FakeHelpdesk.ANA, FakeHelpdesk.BRUNO, FakeHelpdesk.CARLA)
                .allSatisfy((agent, count) -> assertThat(count).isEqualTo(10));
    }

    @Test
    void roundRobinGoesOnAfterTheLastAgentServed() {
        helpdesk.lastInTurn.put(FakeHelpdesk.BILLING, FakeHelpdesk.BRUNO);

        var pick = Routing.pick(new Action.Route(RoutingStrategy.ROUND_ROBIN, null), billingTicket, helpdesk,
                helpdesk.lastInTurn(FakeHelpdesk.BILLING));

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.CARLA);
    }

    @Test
    void withoutATeamEveryAgentTakesATurn() {
        var pick = Routing.pick(new Action.Route(RoutingStrategy.ROUND_ROBIN, null), helpdesk.ticket(), helpdesk,
                Optional.of(FakeHelpdesk.CARLA));

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.DAVE);
    }

    @Test
    void leastOpenPicksTheAgentWithFewestUnsolvedTickets() {
        helpdesk.openTickets.putAll(Map.of(FakeHelpdesk.ANA, 5L, FakeHelpdesk.BRUNO, 2L, FakeHelpdesk.CARLA, 7L));

        var pick = Routing.pick(new Action.Route(RoutingStrategy.LEAST_OPEN, null), billingTicket, helpdesk,
                Optional.empty());

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.BRUNO);
    }

    @Test
    void leastOpenBreaksTiesInTurn() {
        helpdesk.openTickets.putAll(Map.of(FakeHelpdesk.ANA, 1L, FakeHelpdesk.BRUNO, 1L, FakeHelpdesk.CARLA, 1L));

        var pick = Routing.pick(new Action.Route(RoutingStrategy.LEAST_OPEN, null), billingTicket, helpdesk,
                Optional.of(FakeHelpdesk.ANA));

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.BRUNO);
    }

    @Test
    void skillsMatchTheTicketsTagsTypeAndFieldValues() {
        TicketState linux = billingTicket.withTags(List.of("linux", "server"));

        var pick = Routing.pick(new Action.Route(RoutingStrategy.SKILLS, null), linux, helpdesk, Optional.empty());

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.CARLA);
    }

    @Test
    void withEqualSkillsTheLessBusyAgentWins() {
        helpdesk.skills.put(FakeHelpdesk.ANA, java.util.Set.of("billing"));
        helpdesk.openTickets.putAll(Map.of(FakeHelpdesk.ANA, 4L, FakeHelpdesk.BRUNO, 9L));

        var pick = Routing.pick(new Action.Route(RoutingStrategy.SKILLS, null), billingTicket.withTags(List.of("billing")),
                helpdesk, Optional.empty());

        assertThat(pick.agentId()).isEqualTo(FakeHelpdesk.ANA);
    }

    @Test
    void whenNobodyHasTheSkillsThereIsAReason() {
        var pick = Routing.pick(new Action.Route(RoutingStrategy.SKILLS, null), billingTicket.withTags(List.of("cobol")),
                helpdesk, Optional.empty());

        assertThat(pick.agentId()).isNull();
        assertThat(pick.reason()).contains("cobol");
    }
}
