package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Two agents load the same ticket; the second saves after the first. The second save must not overwrite the first:
 * it is refused with 409 and told what changed meanwhile.
 */
class StaleTicketEditTests extends IntegrationTest {

    private Person first;
    private Person second;
    private long ticketId;
    private long loadedVersion;

    @BeforeEach
    void bothLoadedTheTicketAndTheFirstSaved() {
        var people = new People(api);
        first = people.agent();
        second = people.agent();
        var ticket = TicketMother.openedBy(people.customer(), "Mail bounces");
        ticketId = ticket.get("id").asLong();
        loadedVersion = ticket.get("version").asLong();
        TicketMother.changed(first, ticketId, Map.of("priority", 2));
    }

    @Test
    void theSecondSaveIsRefusedNamingTheVersion() {
        var response = second.api().patch("/api/v1/tickets/" + ticketId, Map.of("priority", 5, "version", loadedVersion));

        assertThatProblem(response).hasStatus(409).namesField("version");
        assertThat(second.api().get("/api/v1/tickets/" + ticketId).json().get("priority").asInt()).isEqualTo(2);
    }

    @Test
    void theRefusalListsWhatChangedMeanwhile() {
        var response = second.api().patch("/api/v1/tickets/" + ticketId, Map.of("priority", 5, "version", loadedVersion));

        var problem = response.json();
        assertThat(problem.get("currentVersion").asLong()).isGreaterThan(loadedVersion);
        assertThat(problem.get("changes")).hasSize(1);
        var change = problem.get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("priority");
        assertThat(change.get("from").asString()).isEqualTo("3");
        assertThat(change.get("to").asString()).isEqualTo("2");
        assertThat(change.get("by").asString()).isEqualTo(first.api().get("/api/v1/users/me").json().get("name")
                .asString());
    }

    @Test
    void aStaleIfMatchIsRefusedLikeAStaleVersion() {
        var response = second.api().send(second.api().request("/api/v1/tickets/" + ticketId)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + loadedVersion + "\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"priority\":5}")));

        assertThatProblem(response).hasStatus(409).namesField("version");
    }

    @Test
    void theCurrentVersionSaves() {
        long current = second.api().get("/api/v1/tickets/" + ticketId).json().get("version").asLong();

        var response = second.api().patch("/api/v1/tickets/" + ticketId, Map.of("priority", 5, "version", current));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("priority").asInt()).isEqualTo(5);
        assertThat(response.json().get("version").asLong()).isGreaterThan(current);
    }

    @Test
    void theETagCarriesTheVersionToSendBack() {
        var loaded = second.api().get("/api/v1/tickets/" + ticketId);

        assertThat(loaded.header("ETag")).contains(String.valueOf(loaded.json().get("version").asLong()));
    }

    @Test
    void anIfMatchThatIsNotAVersionIsRefused() {
        var response = second.api().send(second.api().request("/api/v1/tickets/" + ticketId)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"yesterday\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"priority\":5}")));

        assertThatProblem(response).hasStatus(400).namesField("If-Match");
    }

    @Test
    void aVersionThatIsNotANumberIsRefused() {
        var response = second.api().patch("/api/v1/tickets/" + ticketId, Map.of("priority", 5, "version", "latest"));

        assertThatProblem(response).hasStatus(400).namesField("version");
    }

    /** JSON null is how clients say "no value"; it must never end in a server error. */
    @Test
    void aNullVersionIsNotAServerError() {
        var body = new LinkedHashMap<String, Object>();
        body.put("priority", 4);
        body.put("version", null);

        Api.Response response = second.api().patch("/api/v1/tickets/" + ticketId, body);

        assertThat(response.status()).as(response.toString()).isIn(200, 400);
    }
}
