package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.QueryCounting;

/**
 * How many SQL statements the main API calls run. The counts must not grow with the number of rows, people or
 * messages involved (that would be an N+1), and stay within a small budget.
 */
class QueriesPerRequestTests extends IntegrationTest {

    private Person agent;
    private String tag;

    @BeforeEach
    void aBusyQueue() {
        var people = new People(api);
        agent = people.agent();
        tag = "q" + People.unique();
        for (int i = 0; i < 12; i++) {
            var follower = i % 3 == 0 ? people.collaborator().id() : agent.id();
            agent.api().post("/api/v1/tickets", Map.of("subject", "Queue ticket " + i,
                    "requesterEmail", "requester-" + People.unique() + "@example.com",
                    "assigneeId", agent.id(), "tags", List.of(tag), "followerIds", List.of(follower)));
        }
    }

    @Test
    void aTicketListCostsTheSameForTwoRowsAsForTwelve() {
        int two = queries(agent.api(), "/api/v1/tickets?tag=" + tag + "&size=2");
        int twelve = queries(agent.api(), "/api/v1/tickets?tag=" + tag + "&size=12");

        assertThat(twelve).isEqualTo(two);
        // The token with its account and actor, the page, and the names of the people and teams on it.
        assertThat(twelve).isLessThanOrEqualTo(4);
    }

    @Test
    void readingATicketStaysWithinBudget() {
        long id = agent.api().get("/api/v1/tickets?tag=" + tag + "&size=1").json().get("items").get(0).get("id").asLong();

        assertThat(queries(agent.api(), "/api/v1/tickets/" + id)).isLessThanOrEqualTo(4);
    }

    @Test
    void aConversationCostsTheSameForTwoMessagesAsForTen() {
        var people = new People(api);
        long id = agent.api().get("/api/v1/tickets?tag=" + tag + "&size=1").json().get("items").get(0).get("id").asLong();
        post(agent, id, 2);
        int two = queries(agent.api(), "/api/v1/tickets/" + id + "/messages");
        for (int i = 0; i < 4; i++) {
            post(people.agent(), id, 2);
        }

        int ten = queries(agent.api(), "/api/v1/tickets/" + id + "/messages");

        assertThat(ten).isEqualTo(two);
    }

    @Test
    void openingATicketStaysWithinBudget() {
        var response = agent.api().post("/api/v1/tickets", Map.of("subject", "Budget", "tags", List.of(tag)));

        assertThat(response.status()).isEqualTo(201);
        System.out.printf("queries: %2d  POST /api/v1/tickets%n", Integer.parseInt(response.header(QueryCounting.HEADER)));
        // Besides the ticket, its history and its event records: the SLA clocks it starts and the moments time rules
        // measure from, written in the same transaction.
        assertThat(Integer.parseInt(response.header(QueryCounting.HEADER))).isLessThanOrEqualTo(17);
    }

    private static void post(Person author, long ticketId, int count) {
        for (int i = 0; i < count; i++) {
            author.api().post("/api/v1/tickets/" + ticketId + "/messages",
                    Map.of("body", "Message " + i, "visibility", i % 2 == 0 ? "PUBLIC" : "INTERNAL"));
        }
    }

    private static int queries(Api api, String path) {
        var response = api.get(path);
        assertThat(response.status()).isEqualTo(200);
        int count = Integer.parseInt(response.header(QueryCounting.HEADER));
        System.out.printf("queries: %2d  GET %s%n", count, path);
        return count;
    }
}
