package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.automation.internal.TimeRules;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** The rules Tessera ships with, acting on a customer's ticket as the helpdesk works it. */
class ShippedRulesTests extends IntegrationTest {

    @Autowired
    TimeRules timeRules;

    private Person customer;
    private Person agent;
    private long ticketId;

    @BeforeEach
    void aCustomerOpenedATicket() {
        var people = new People(api);
        customer = people.customer();
        agent = people.agent();
        ticketId = TicketMother.openedBy(customer, "Cannot print " + People.unique()).get("id").asLong();
    }

    @Test
    void anAgentsPublicReplyMakesTheTicketPending() {
        TicketMother.messagePosted(agent, ticketId, "Could you send a photo of the error?", "PUBLIC");

        JsonNode ticket = Eventually.until(this::ticket, t -> t.get("statusCategory").asString().equals("PENDING"),
                "the ticket to be pending");
        assertThat(lastHistory("status").get("via").asString()).isEqualTo("Rule: Pending after a public agent reply");
        assertThat(ticket.get("status").asString()).isEqualTo("pending");
    }

    @Test
    void anInternalNoteLeavesTheStatusAlone() {
        TicketMother.messagePosted(agent, ticketId, "Probably the driver", "INTERNAL");
        TicketMother.messagePosted(agent, ticketId, "Yes, the driver", "INTERNAL");

        Eventually.sleep(1500);

        assertThat(ticket().get("statusCategory").asString()).isEqualTo("NEW");
    }

    @Test
    void aCustomerReplyReopensAPendingTicket() {
        TicketMother.changed(agent, ticketId, Map.of("status", "pending"));

        TicketMother.messagePosted(customer, ticketId, "Here is the photo", "PUBLIC");

        Eventually.until(this::ticket, t -> t.get("statusCategory").asString().equals("OPEN"), "the ticket to reopen");
        assertThat(lastHistory("status").get("via").asString()).isEqualTo("Rule: Reopen on customer reply");
    }

    @Test
    void aCustomerReplyReopensAResolvedTicket() {
        TicketMother.changed(agent, ticketId, Map.of("status", "resolved"));

        TicketMother.messagePosted(customer, ticketId, "It is broken again", "PUBLIC");

        Eventually.until(this::ticket, t -> t.get("statusCategory").asString().equals("OPEN"), "the ticket to reopen");
    }

    @Test
    void resolvedTicketsCloseAfterSevenDays() {
        TicketMother.changed(agent, ticketId, Map.of("status", "resolved"));
        Instant resolved = Instant.now();

        Eventually.until(() -> timeRules.runAt(resolved.plus(Duration.ofDays(7)).plusSeconds(60), java.util.List.of(ticketId)),
                acted -> acted > 0, "the time rule to close the ticket");

        assertThat(ticket().get("statusCategory").asString()).isEqualTo("CLOSED");
        assertThat(lastHistory("status").get("via").asString()).isEqualTo("Rule: Close resolved tickets after 7 days");
        assertThat(timeRules.runAt(resolved.plus(Duration.ofDays(30)), java.util.List.of(ticketId))).isZero();
    }

    @Test
    void resolvedTicketsStayOpenForAWeek() {
        TicketMother.changed(agent, ticketId, Map.of("status", "resolved"));
        Eventually.sleep(1000);

        timeRules.runAt(Instant.now().plus(Duration.ofDays(6)), java.util.List.of(ticketId));

        assertThat(ticket().get("statusCategory").asString()).isEqualTo("RESOLVED");
    }

    private JsonNode ticket() {
        return agent.api().get("/api/v1/tickets/" + ticketId).json();
    }

    private JsonNode lastHistory(String field) {
        JsonNode history = agent.api().get("/api/v1/tickets/" + ticketId + "/history").json();
        JsonNode last = null;
        for (JsonNode entry : history) {
            if (entry.get("field").asString().equals(field)) {
                last = entry;
            }
        }
        return last;
    }
}
