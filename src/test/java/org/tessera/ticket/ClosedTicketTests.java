package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/** In the shipped workflows "closed" is final: no status leads out of it, for agents or customers. */
class ClosedTicketTests extends IntegrationTest {

    private Person agent;
    private Person customer;
    private long ticketId;

    @BeforeEach
    void aClosedQuestion() {
        var people = new People(api);
        agent = people.agent();
        customer = people.customer();
        ticketId = TicketMother.openedBy(customer, "How do I export?").get("id").asLong();
        TicketMother.changed(agent, ticketId, Map.of("status", "closed"));
    }

    @Test
    void cannotBeReopenedByAnAgent() {
        var response = agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));

        assertThatProblem(response).hasStatus(409).namesField("status");
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId).json().get("status").asString()).isEqualTo("closed");
    }

    @Test
    void theRefusalSaysWhyInWords() {
        var response = agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));

        assertThat(response.json().get("detail").asString())
                .isEqualTo("A Question cannot move from Closed to Open; Closed is final");
    }

    @Test
    void cannotBeMarkedResolvedAgain() {
        var response = agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "resolved"));

        assertThatProblem(response).hasStatus(409).namesField("status");
    }

    @Test
    void refusesACustomersReply() {
        var response = customer.api().post("/api/v1/tickets/" + ticketId + "/messages", Map.of("body", "One more thing"));

        assertThatProblem(response).hasStatus(409);
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void stillTakesAnAgentsInternalNote() {
        var response = agent.api().post("/api/v1/tickets/" + ticketId + "/messages",
                Map.of("body", "Closed as duplicate", "visibility", "INTERNAL"));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aRefusedTransitionLeavesNoHistory() {
        int before = agent.api().get("/api/v1/tickets/" + ticketId + "/history").json().size();

        agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));

        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/history").json()).hasSize(before);
    }
}
