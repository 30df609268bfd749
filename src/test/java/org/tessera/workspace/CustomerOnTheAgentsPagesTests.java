package org.tessera.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * A signed-in customer types the addresses of the agent's pages: every one is closed to them alike, whether the ticket,
 * file or email asked for is theirs, someone else's or nobody's, so the answer tells them nothing.
 */
class CustomerOnTheAgentsPagesTests extends IntegrationTest {

    private People people;
    private Person customer;
    private long own;
    private long file;
    private WebSession browser;

    @BeforeEach
    void aCustomerWithATicketAndANote() {
        people = new People(api);
        customer = people.customer();
        var agent = people.agent();
        var ticket = TicketMother.openedBy(customer, "Lost password");
        own = ticket.get("number").asLong();
        var note = agent.api().upload("/api/v1/tickets/" + ticket.get("id").asLong() + "/attachments", "notes.txt",
                "text/plain", "internal only".getBytes(), "body", "Checked their login", "visibility", "INTERNAL");
        file = note.json().get("attachments").get(0).get("id").asLong();
        browser = WebSession.signedIn(baseUrl(), "/login", customer.email(), People.PASSWORD);
    }

    @Test
    void ticketPagesAreClosedAlikeForTheirsAndForNone() {
        var pages = List.of(browser.get("/tickets/" + own), browser.get("/tickets/" + (own + 1_000_000)),
                browser.get("/tickets"), browser.get("/tickets/" + own + "/sla"),
                browser.get("/kb/picker?ticket=" + own));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.html()).doesNotContain("Lost password", "Checked their login");
        });
    }

    @Test
    void filesAndEmailsOfTheAgentsFaceAreClosed() {
        var note = browser.get("/attachments/" + file);
        var none = browser.get("/attachments/" + Long.MAX_VALUE);
        var raw = browser.get("/email/messages/1/raw");

        assertThat(List.of(note.status(), none.status(), raw.status())).containsOnly(403);
        assertThat(note.html()).doesNotContain("internal only");
    }

    @Test
    void theAgentsFormsRefuseThem() {
        var reply = browser.post("/tickets/" + own + "/messages", Map.of("body", "Let me in", "visibility", "INTERNAL"));
        var created = browser.post("/tickets", Map.of("subject", "Through the back door"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(created.status()).isEqualTo(403);
        assertThat(people.admin().get("/api/v1/tickets?q=back+door").text()).doesNotContain("Through the back door");
    }
}
