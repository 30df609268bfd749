package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.identity.Directory;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/**
 * The portal's request page shows the answers the customer gave on a form, and never the custom fields agents keep
 * for themselves (those on no form of the ticket's type).
 */
class AnswersOnARequestPageTests extends IntegrationTest {

    @Autowired
    WebForms forms;
    @Autowired
    Directory directory;

    @Test
    void theFormsAnswerIsShownAndTheAgentsOwnFieldIsNot() {
        var people = new People(api);
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        String asked = PortalFixtures.textField(people.admin(), "incident", "Order number");
        String agentsOwn = PortalFixtures.textField(people.admin(), "incident", "Refund budget");
        PortalFixtures.formWith(forms, directory.actor(adminId), "incident", asked, FormAccess.SIGNED_IN);
        Person customer = people.customer();
        Person agent = people.agent();
        var response = agent.api().post("/api/v1/tickets", Map.of("subject", "Lamp cracked " + People.unique(),
                "type", "incident", "requesterEmail", customer.email(),
                "customFields", Map.of(asked, "A-77120", agentsOwn, "up to 40 EUR")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long number = response.json().get("number").asLong();

        var page = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD)
                .get("/portal/requests/" + number);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Order number").contains("A-77120");
        assertThat(page.html()).doesNotContain("Refund budget").doesNotContain("40 EUR");
    }
}
