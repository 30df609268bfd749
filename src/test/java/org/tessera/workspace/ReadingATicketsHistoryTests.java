package org.tessera.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** The ticket page's history speaks as the rest of the page does: priority names and local dates, not stored codes. */
class ReadingATicketsHistoryTests extends IntegrationTest {

    @Test
    void aPriorityAndADueDateReadAsTheFormShowsThem() {
        var people = new People(api);
        var agent = people.agent();
        var ticket = TicketMother.openedBy(people.customer(), "Badge reader broken " + People.unique());
        TicketMother.changed(agent, ticket.get("id").asLong(), Map.of("priority", 1, "dueAt", "2026-12-20T15:30:00Z"));
        var session = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);

        var page = session.get("/tickets/" + ticket.get("number").asLong());

        String history = Jsoup.parse(page.html()).select("#history").text();
        assertThat(history).contains("Priority: P3 · Normal → P1 · Critical");
        assertThat(history).contains("Due: → ").contains("2026").doesNotContain("2026-12-20T15:30:00Z");
    }
}
