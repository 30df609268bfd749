package org.tessera.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/** The list's status filter names statuses as tickets show them, not by their keys. */
class FilteringTheListByStatusTests extends IntegrationTest {

    @Test
    void theStatusFilterOffersStatusNames() {
        var agent = new People(api).agent();
        var session = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);

        var list = Jsoup.parse(session.get("/tickets?view=all-open").html());

        assertThat(list.select("#f-status option[value=waiting_on_customer]").text()).isEqualTo("Waiting on customer");
    }
}
