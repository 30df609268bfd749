package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

class OpeningATicketThroughTheApiTests extends IntegrationTest {

    @Test
    void anAgentOpensATicketForACustomerByEmail() {
        var people = new People(api);
        var agent = people.agent();
        String email = "someone-" + People.unique() + "@example.com";

        var response = agent.api().post("/api/v1/tickets",
                Map.of("subject", "Cannot print invoices", "description", "Since Monday", "requesterEmail", email));

        assertThat(response.status()).isEqualTo(201);
        var ticket = response.json();
        assertThat(response.header("Location")).isEqualTo("/api/v1/tickets/" + ticket.get("id").asLong());
        assertThat(ticket.get("number").asLong()).isGreaterThan(1000);
        assertThat(ticket.get("status").asString()).isEqualTo("new");
        assertThat(ticket.get("statusCategory").asString()).isEqualTo("NEW");
        assertThat(ticket.get("priority").asInt()).isEqualTo(3);
        assertThat(ticket.get("requester").get("email").asString()).isEqualTo(email);
    }

    @Test
    void aCustomerOpeningATicketIsItsRequester() {
        var customer = new People(api).customer();

        var ticket = customer.api().post("/api/v1/tickets", Map.of("subject", "Help", "description", "Please")).json();

        assertThat(ticket.get("requester").get("id").asLong()).isEqualTo(customer.id());
    }
}
