package org.tessera.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.automation.Eventually;
import org.tessera.automation.Rules;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.sla.internal.SlaSweep;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/**
 * SLA clocks of a ticket from an organization with its own policy (around the clock, P3: first response 1 h, next
 * response 30 min, resolution 4 h), put first in the order for this test and removed afterwards.
 */
class SlaClocksTests extends IntegrationTest {

    @Autowired
    SlaPolicies policies;
    @Autowired
    SlaSweep sweep;
    @Autowired
    Rules rules;
    @Autowired
    Directory directory;

    private Actor admin;
    private PolicyView policy;
    private Person customer;
    private Person agent;
    private long ticketId;
    private Instant openedAt;

    @BeforeEach
    void aCustomerOfACoveredOrganizationOpensATicket() {
        var people = new People(api);
        admin = directory.actor(directory.userByEmail(Api.ADMIN_EMAIL).orElseThrow().id());
        long organization = people.organization(false);
        policy = policies.save(null, new PolicyView(0, "Gold " + People.unique(), 0, true, null, List.of(),
                List.of(organization), 30, Map.of(3, new PolicyView.Targets(60, 30, 240))), admin);
        while (policies.all().get(0).id() != policy.id()) {
            policies.move(policy.id(), -1, admin);
        }
        customer = people.customerOf(organization);
        agent = people.agent();
        JsonNode ticket = TicketMother.openedBy(customer, "Invoice missing " + People.unique());
        ticketId = ticket.get("id").asLong();
        openedAt = Instant.parse(ticket.get("createdAt").asString());
    }

    @AfterEach
    void removePolicy() {
        policies.delete(policy.id(), admin);
    }

    @Test
    void theTicketShowsItsPolicyAndDueMomentsInTheApi() {
        JsonNode sla = Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

        assertThat(sla.get("policy").asString()).isEqualTo(policy.name());
        assertThat(Instant.parse(sla.get("firstResponseDueAt").asString())).isEqualTo(openedAt.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(sla.get("resolutionDueAt").asString())).isEqualTo(openedAt.plus(Duration.ofHours(4)));
        assertThat(sla.get("breached").asBoolean()).isFalse();
    }

    @Test
    void customersDoNotSeeTheSla() {
        Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

        JsonNode theirs = customer.api().get("/api/v1/tickets/" + ticketId).json();

        assertThat(theirs.get("sla").isNull()).isTrue();
    }

    @Test
    void pendingPausesTheClocksAndReopeningMovesTheDueMomentOn() {
        Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

        TicketMother.changed(agent, ticketId, Map.of("status", "pending"));
        JsonNode paused = Eventually.until(this::sla, s -> s.get("paused").asBoolean(), "the pause");
        assertThat(paused.get("resolutionDueAt").isNull()).isTrue();
        Eventually.sleep(1200);
        TicketMother.changed(agent, ticketId, Map.of("status", "open"));

        JsonNode resumed = Eventually.until(this::sla, s -> !s.get("paused").asBoolean(), "the clocks to go on");
        assertThat(Instant.parse(resumed.get("resolutionDueAt").asString()))
                .isAfter(openedAt.plus(Duration.ofHours(4)));
    }

    @Test
    void thePublicReplyMeetsTheFirstResponseAndTheCustomersAnswerStartsTheNext() {
        Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

        TicketMother.messagePosted(agent, ticketId, "We are on it", "PUBLIC");
        Eventually.until(() -> status(SlaMetric.FIRST_RESPONSE), t -> t != null && t.met(), "the first response");
        // The shipped rule sets the ticket pending after the agent's reply; the customer answers after that.
        Eventually.until(this::ticket, t -> t.get("statusCategory").asString().equals("PENDING"), "the ticket to wait");
        TicketMother.messagePosted(customer, ticketId, "Any news?", "PUBLIC");

        JsonNode sla = Eventually.until(this::sla, s -> !s.get("nextResponseDueAt").isNull(), "the next response clock");
        assertThat(Instant.parse(sla.get("nextResponseDueAt").asString())).isAfter(openedAt);
    }

    @Test
    void aMissedTargetIsInTheHistoryAndRulesReactToIt() {
        Rule onBreach = rules.create(new Rule(0, 0, "Escalate " + policy.name(), "", Trigger.SLA_BREACHED, null, null,
                Match.ALL, List.of(new Condition.RequesterIs(org.tessera.automation.rule.TextMatch.IS, customer.email())),
                List.of(new Action.SetPriority(1), new Action.AddTags(List.of("escalated"))), false, true), admin);
        try {
            Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

            sweep.sweepAt(openedAt.plus(Duration.ofHours(5)), java.util.List.of(ticketId));

            assertThat(sla().get("breached").asBoolean()).isTrue();
            JsonNode ticket = Eventually.until(this::ticket, t -> t.get("tags").toString().contains("escalated"),
                    "the rule to escalate");
            assertThat(ticket.get("priority").asInt()).isEqualTo(1);
            assertThat(history("sla")).anySatisfy(line -> assertThat(line).contains("Resolution target missed"));
        } finally {
            rules.delete(onBreach.id(), admin);
        }
    }

    @Test
    void aWarningComesBeforeTheTarget() {
        Eventually.until(this::sla, s -> !s.isNull(), "the clocks to start");

        assertThat(sweep.sweepAt(openedAt.plus(Duration.ofMinutes(10)), java.util.List.of(ticketId))).isZero();
        assertThat(sweep.sweepAt(openedAt.plus(Duration.ofMinutes(35)), java.util.List.of(ticketId))).isEqualTo(1);
        assertThat(sweep.sweepAt(openedAt.plus(Duration.ofMinutes(36)), java.util.List.of(ticketId))).isZero();

        assertThat(history("sla")).singleElement().asString().contains("First response due soon");
    }

    @Test
    void listsSortBySlaDue() {
        long later = TicketMother.openedBy(customer, "Second " + People.unique()).get("id").asLong();
        Eventually.until(() -> agent.api().get("/api/v1/tickets/" + later).json().get("sla"), s -> !s.isNull(), "clocks");
        Eventually.until(this::sla, s -> !s.isNull(), "clocks");

        JsonNode list = agent.api().get("/api/v1/tickets?requester=" + customer.id() + "&sort=sla").json();

        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(ticketId);
        assertThat(agent.api().get("/api/v1/tickets?requester=" + customer.id() + "&sort=-sla").json()
                .get("items").get(0).get("id").asLong()).isEqualTo(later);
    }

    private SlaStatus.Target status(SlaMetric metric) {
        return clocks.of(ticketId).flatMap(s -> s.targets().stream().filter(t -> t.metric() == metric).findFirst())
                .orElse(null);
    }

    @Autowired
    SlaClocks clocks;

    private JsonNode ticket() {
        return agent.api().get("/api/v1/tickets/" + ticketId).json();
    }

    private JsonNode sla() {
        return ticket().get("sla");
    }

    private List<String> history(String field) {
        var lines = new java.util.ArrayList<String>();
        agent.api().get("/api/v1/tickets/" + ticketId + "/history").json().forEach(h -> {
            if (h.get("field").asString().equals(field)) {
                lines.add(h.get("newValue").asString());
            }
        });
        return lines;
    }
}
