package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.portal.FormAccess;
import org.tessera.portal.WebFormChanges;
import org.tessera.portal.WebForms;
import org.tessera.portal.WebSession;
import org.tessera.support.Api;
import org.tessera.support.Credentials;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Another website makes a signed-in person's browser send requests to Tessera, with their cookies but without the
 * page's CSRF token. Every form of the agent's pages and the portal refuses them; the faces that ignore CSRF (the API,
 * token issuing, embedded forms) never act on a session's cookie at all, which is what makes ignoring it safe.
 */
class ForgedCrossSiteRequestsTests extends IntegrationTest {

    @Autowired
    WebForms forms;
    @Autowired
    Directory directory;

    private People people;
    private Person agent;
    private Person customer;
    private long ticketId;
    private long number;

    @BeforeEach
    void aCustomersTicket() {
        people = new People(api);
        agent = people.agent();
        customer = people.customer();
        var ticket = TicketMother.openedBy(customer, "Parcel lost " + People.unique());
        ticketId = ticket.get("id").asLong();
        number = ticket.get("number").asLong();
    }

    @Test
    void anAgentsFormsRefuseARequestWithoutTheToken() {
        var browser = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);

        var reply = browser.postWithoutToken("/tickets/" + number + "/messages",
                Map.of("body", "Forged reply", "visibility", "PUBLIC"));
        var fields = browser.postWithoutToken("/tickets/" + number + "/text",
                Map.of("subject", "Forged subject", "description", "x", "version", "0"));
        var follow = browser.postWithoutToken("/tickets/" + number + "/follow", Map.of("following", "true"));

        assertThat(List.of(reply.status(), fields.status(), follow.status())).containsOnly(403);
        var ticket = agent.api().get("/api/v1/tickets/" + ticketId).json();
        assertThat(ticket.get("subject").asString()).startsWith("Parcel lost");
        assertThat(ticket.get("followers")).isEmpty();
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void anAdministratorsFormsRefuseARequestWithoutTheToken() {
        var admin = WebSession.signedIn(baseUrl(), "/login", Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

        var promote = admin.postWithoutToken("/admin/users/" + customer.id(), Map.of("email", customer.email(),
                "name", "Promoted", "role", "ADMIN", "active", "true"));
        var password = admin.postWithoutToken("/admin/users/" + customer.id() + "/password",
                Map.of("password", "taken-over-password"));

        assertThat(promote.status()).isEqualTo(403);
        assertThat(password.status()).isEqualTo(403);
        assertThat(people.admin().get("/api/v1/users/" + customer.id()).json().get("role").asString())
                .isEqualTo("CUSTOMER");
        assertThat(Credentials.requestToken(api, customer.email(), "taken-over-password").status()).isEqualTo(401);
    }

    @Test
    void thePortalsFormsRefuseARequestWithoutTheToken() {
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);

        var solve = portal.postWithoutToken("/portal/requests/" + number + "/status", Map.of("to", "solved"));
        var password = portal.postWithoutToken("/portal/profile/password", Map.of("currentPassword", People.PASSWORD,
                "newPassword", "chosen-by-attacker", "repeatPassword", "chosen-by-attacker"));

        assertThat(solve.status()).isEqualTo(403);
        assertThat(password.status()).isEqualTo(403);
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId).json().get("statusCategory").asString())
                .isEqualTo("NEW");
        assertThat(Credentials.requestToken(api, customer.email(), "chosen-by-attacker").status()).isEqualTo(401);
    }

    @Test
    void aSignedInSessionIsNoKeyToTheApi() {
        var browser = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);

        var created = browser.postJson("/api/v1/tickets", "{\"subject\":\"Forged through the API\"}");
        var message = browser.postJson("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Forged\"}");
        var token = browser.postJson("/api/v1/tokens", "{\"name\":\"stolen\"}");

        assertThat(List.of(created.status(), message.status(), token.status())).containsOnly(401);
        assertThat(token.html()).doesNotContain("tsr_");
        assertThat(agent.api().get("/api/v1/tickets?q=Forged").text()).doesNotContain("Forged through the API");
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void anEmbeddedFormNeverActsForTheSignedInVisitor() {
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        var admin = directory.actor(adminId);
        var created = forms.create("Customers only " + People.unique(), "question", admin);
        forms.update(created.id(), new WebFormChanges(created.name(), created.key(), "", "question",
                FormAccess.SIGNED_IN, false, true, List.of(), created.fields(), null), admin);
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);

        var sent = portal.postWithoutToken(created.embedPath(), Map.of("subject", "Sent from a framing site",
                "description", "x"));

        assertThat(sent.status()).isEqualTo(403);
        assertThat(customer.api().get("/api/v1/tickets?size=100").text()).doesNotContain("framing site");
    }
}
