package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.TicketLists.idsIn;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Someone types markup into a ticket. The API is JSON, so it returns the text exactly as written: escaping is the
 * job of whoever renders it (the pages are tested for that elsewhere).
 */
class MarkupInTicketsTests extends IntegrationTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private Person customer;
    private String word;
    private long ticketId;

    @BeforeEach
    void aTicketWithAScriptInItsSubject() {
        customer = new People(api).customer();
        word = TicketMother.uniqueWord();
        var ticket = customer.api().post("/api/v1/tickets",
                Map.of("subject", SCRIPT + " " + word, "description", "<img src=x onerror=alert(2)>"));
        assertThat(ticket.status()).isEqualTo(201);
        ticketId = ticket.json().get("id").asLong();
    }

    @Test
    void theSubjectComesBackVerbatim() {
        var ticket = customer.api().get("/api/v1/tickets/" + ticketId);

        assertThat(ticket.header("Content-Type")).startsWith("application/json");
        assertThat(ticket.json().get("subject").asString()).isEqualTo(SCRIPT + " " + word);
        assertThat(ticket.json().get("description").asString()).isEqualTo("<img src=x onerror=alert(2)>");
    }

    @Test
    void theSubjectComesBackVerbatimInTheList() {
        var list = customer.api().get("/api/v1/tickets?q=" + word);

        assertThat(idsIn(list)).containsExactly(ticketId);
        assertThat(list.json().get("items").get(0).get("subject").asString()).isEqualTo(SCRIPT + " " + word);
    }

    @Test
    void aMessageComesBackVerbatim() {
        TicketMother.messagePosted(customer, ticketId, "<b>bold</b> & " + SCRIPT, "PUBLIC");

        var messages = customer.api().get("/api/v1/tickets/" + ticketId + "/messages");

        assertThat(messages.json().get(0).get("body").asString()).isEqualTo("<b>bold</b> & " + SCRIPT);
    }

    @Test
    void markupInASearchIsJustText() {
        var search = customer.api().get("/api/v1/tickets?q=%3Cscript%3E" + word);

        assertThat(search.status()).isEqualTo(200);
    }

    @Test
    void searchOperatorsAreJustText() {
        var search = customer.api().get("/api/v1/tickets?q=" + word + "%27%20%26%20!%20%7C%20(%20%3A*");

        assertThat(search.status()).isEqualTo(200);
        assertThat(idsIn(search)).containsExactly(ticketId);
    }
}
