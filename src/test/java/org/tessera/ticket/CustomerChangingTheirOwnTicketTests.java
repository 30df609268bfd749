package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/** A customer on their own ticket may say "solved" or "not solved after all"; every other field belongs to agents. */
class CustomerChangingTheirOwnTicketTests extends IntegrationTest {

    private Person customer;
    private Person agent;
    private long ticketId;

    @BeforeEach
    void aCustomersOwnTicket() {
        var people = new People(api);
        customer = people.customer();
        agent = people.agent();
        ticketId = TicketMother.openedBy(customer, "Password reset mail never arrives").get("id").asLong();
    }

    @Test
    void marksItResolved() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "resolved"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("resolved");
        assertThat(response.json().get("statusCategory").asString()).isEqualTo("RESOLVED");
        assertThat(response.json().get("resolvedAt").isNull()).isFalse();
    }

    @Test
    void reopensItAfterItWasResolved() {
        TicketMother.changed(agent, ticketId, Map.of("status", "resolved"));

        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("open");
        assertThat(response.json().get("resolvedAt").isNull()).isTrue();
    }

    @Test
    void cannotChangeThePriority() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("priority", 1));

        assertThatProblem(response).hasStatus(400).namesField("priority");
        assertThat(customer.api().get("/api/v1/tickets/" + ticketId).json().get("priority").asInt()).isEqualTo(3);
    }

    @Test
    void cannotSlipAPriorityChangeInWithAStatusChange() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "resolved", "priority", 1));

        assertThatProblem(response).hasStatus(400).namesField("priority");
        assertThat(customer.api().get("/api/v1/tickets/" + ticketId).json().get("status").asString()).isEqualTo("new");
    }

    @Test
    void cannotPutItOnHold() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "pending"));

        assertThatProblem(response).hasStatus(400).namesField("status");
    }

    @Test
    void cannotCloseIt() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "closed"));

        assertThatProblem(response).hasStatus(400).namesField("status");
    }

    @Test
    void cannotRewordTheSubject() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("subject", "URGENT!!!"));

        assertThatProblem(response).hasStatus(400).namesField("subject");
    }

    @Test
    void cannotAssignIt() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("assigneeId", agent.id()));

        assertThatProblem(response).hasStatus(400).namesField("assigneeId");
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId).json().get("assignee").isNull()).isTrue();
    }

    @Test
    void cannotTagIt() {
        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("tags", List.of("vip")));

        assertThatProblem(response).hasStatus(400).namesField("tags");
    }

    @Test
    void cannotReopenAClosedTicket() {
        TicketMother.changed(agent, ticketId, Map.of("status", "closed"));

        var response = customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));

        assertThatProblem(response).hasStatus(409).namesField("status");
    }

    @Test
    void cannotOpenATicketWithAgentOnlyFields() {
        var response = customer.api().post("/api/v1/tickets",
                Map.of("subject", "Mine", "assigneeId", agent.id()));

        assertThatProblem(response).hasStatus(400).namesField("assigneeId");
    }

    @Test
    void theHistoryRecordsThemAsTheOneWhoResolvedIt() {
        customer.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "resolved"));

        var history = customer.api().get("/api/v1/tickets/" + ticketId + "/history").json();

        var last = history.get(history.size() - 1);
        assertThat(last.get("field").asString()).isEqualTo("status");
        assertThat(last.get("newValue").asString()).isEqualTo("Resolved");
        assertThat(last.get("actor").get("id").asLong()).isEqualTo(customer.id());
    }
}
