package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.TicketLists.idsIn;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** Words in the subject find their tickets in the list's order, page by page, with the exact total. */
class SearchingTicketsByWordsTests extends IntegrationTest {

    @Test
    void aRareWordsTicketsComeInTheListsOrderPageByPage() {
        Person agent = new People(api).agent();
        String word = TicketMother.uniqueWord();
        long low = opened(agent, "Fan noise " + word, 4);
        long urgent = opened(agent, "Server down " + word, 1);
        long usual = opened(agent, "Printer jam " + word, 3);

        var first = agent.api().get("/api/v1/tickets?q=" + word + "&size=2");
        var second = agent.api().get("/api/v1/tickets?q=" + word + "&size=2&page=1");
        var beyond = agent.api().get("/api/v1/tickets?q=" + word + "&size=2&page=5");

        assertThat(idsIn(first)).containsExactly(urgent, usual);
        assertThat(idsIn(second)).containsExactly(low);
        assertThat(idsIn(beyond)).isEmpty();
        for (var response : java.util.List.of(first, second, beyond)) {
            JsonNode page = response.json();
            assertThat(page.get("total").asLong()).isEqualTo(3);
            assertThat(page.get("totalIsExact").asBoolean()).isTrue();
        }
    }

    @Test
    void theWordsBeginningIsEnoughAndOtherFiltersStillApply() {
        Person agent = new People(api).agent();
        String word = TicketMother.uniqueWord();
        long urgent = opened(agent, "Server down " + word, 1);
        opened(agent, "Fan noise " + word, 4);

        var found = agent.api().get("/api/v1/tickets?q=" + word.substring(0, 9) + "&priority=1");

        assertThat(idsIn(found)).containsExactly(urgent);
    }

    private static long opened(Person agent, String subject, int priority) {
        var response = agent.api().post("/api/v1/tickets", Map.of("subject", subject, "priority", priority));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
