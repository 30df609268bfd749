package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.Credentials;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/**
 * The API knows callers by personal tokens only. A password (HTTP Basic) is good for one thing: getting a token.
 * Tokens are listed and revoked by their owner, and a revoked token is dead at once.
 */
class SigningInToTheApiTests extends IntegrationTest {

    private People people;
    private Person agent;

    @BeforeEach
    void anAgent() {
        people = new People(api);
        agent = people.agent();
    }

    @Test
    void aPasswordGetsANewToken() {
        var response = Credentials.requestToken(api, agent.email(), People.PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        String token = response.json().get("token").asString();
        assertThat(token).startsWith("tsr_");
        assertThat(response.json().get("name").asString()).isEqualTo("script");
        assertThat(api.as(token).get("/api/v1/users/me").json().get("id").asLong()).isEqualTo(agent.id());
    }

    @Test
    void aTokenGetsAnotherToken() {
        var response = agent.api().post("/api/v1/tokens", Map.of("name", "CI pipeline"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(api.as(response.json().get("token").asString()).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenNameOfMoreThanAHundredCharactersIsRefused() {
        var response = agent.api().post("/api/v1/tokens", Map.of("name", "n".repeat(101)));

        assertThatProblem(response).hasStatus(400).namesField("name");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        var response = Credentials.requestToken(api, agent.email(), "not-the-password");

        assertThatProblem(response).hasStatus(401);
    }

    @Test
    void anUnknownEmailGetsNoToken() {
        var response = Credentials.requestToken(api, "nobody-" + People.unique() + "@example.com", People.PASSWORD);

        assertThatProblem(response).hasStatus(401);
    }

    /** People who only ever wrote in (made from their email address) have no password to guess. */
    @Test
    void aCustomerWithoutAPasswordGetsNoToken() {
        String email = "wrote-in-" + People.unique() + "@example.com";
        agent.api().post("/api/v1/tickets", Map.of("subject", "By mail", "requesterEmail", email));

        var empty = Credentials.requestToken(api, email, "");
        var guess = Credentials.requestToken(api, email, "password123");

        assertThatProblem(empty).hasStatus(401);
        assertThatProblem(guess).hasStatus(401);
    }

    @Test
    void aPasswordOpensNoOtherEndpoint() {
        var tickets = withBasic("/api/v1/tickets");
        var me = withBasic("/api/v1/users/me");

        assertThatProblem(tickets).hasStatus(401);
        assertThatProblem(me).hasStatus(401);
    }

    @Test
    void aTokenListsItsOwnersTokensWithoutTheirSecrets() {
        var second = Credentials.requestToken(api, agent.email(), People.PASSWORD).json();

        var list = agent.api().get("/api/v1/tokens");

        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list)).contains(second.get("id").asLong()).hasSize(2);
        assertThat(list.text()).doesNotContain(second.get("token").asString()).doesNotContain(agent.token());
        String secret = second.get("token").asString();
        assertThat(list.text()).contains(secret.substring(secret.length() - 4));
    }

    @Test
    void aTokenDoesNotListSomeoneElsesTokens() {
        var other = people.agent();

        var list = agent.api().get("/api/v1/tokens");

        assertThat(ids(list)).doesNotContainAnyElementsOf(ids(other.api().get("/api/v1/tokens")));
    }

    @Test
    void aTokenRevokesAnotherOfItsOwnersTokens() {
        var second = Credentials.requestToken(api, agent.email(), People.PASSWORD).json();

        var response = agent.api().delete("/api/v1/tokens/" + second.get("id").asLong());

        assertThat(response.status()).isEqualTo(204);
        assertThatProblem(api.as(second.get("token").asString()).get("/api/v1/users/me")).hasStatus(401);
        assertThat(agent.api().get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenRevokesItself() {
        long ownId = ids(agent.api().get("/api/v1/tokens")).get(0);

        var response = agent.api().delete("/api/v1/tokens/" + ownId);

        assertThat(response.status()).isEqualTo(204);
        assertThatProblem(agent.api().get("/api/v1/tickets")).hasStatus(401);
    }

    @Test
    void aTokenCannotRevokeSomeoneElsesToken() {
        var victim = people.customer();
        long victimsToken = ids(victim.api().get("/api/v1/tokens")).get(0);

        var response = agent.api().delete("/api/v1/tokens/" + victimsToken);

        assertThatProblem(response).hasStatus(404);
        assertThat(victim.api().get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedEverywhere() {
        long ownId = ids(agent.api().get("/api/v1/tokens")).get(0);
        agent.api().delete("/api/v1/tokens/" + ownId);

        var tickets = agent.api().get("/api/v1/tickets");
        var tokens = agent.api().get("/api/v1/tokens");

        assertThatProblem(tickets).hasStatus(401);
        assertThatProblem(tokens).hasStatus(401);
    }

    @Test
    void aMadeUpTokenIsRefused() {
        var response = api.as("tsr_" + People.unique() + People.unique()).get("/api/v1/tickets");

        assertThatProblem(response).hasStatus(401);
    }

    @Test
    void aTokenOfTheWrongShapeIsRefused() {
        var response = api.as("not-a-tessera-token").get("/api/v1/tickets");

        assertThatProblem(response).hasStatus(401);
    }

    @Test
    void noCredentialsAtAllAreRefusedWithAProblem() {
        var response = api.get("/api/v1/tickets");

        assertThatProblem(response).hasStatus(401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noCredentialsGetNoToken() {
        var response = api.send(api.request("/api/v1/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThatProblem(response).hasStatus(401);
    }

    private Api.Response withBasic(String path) {
        return api.send(api.request(path).header("Authorization", Credentials.basic(agent.email(), People.PASSWORD))
                .GET());
    }

    private static List<Long> ids(Api.Response tokens) {
        assertThat(tokens.status()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        tokens.json().forEach(token -> ids.add(token.get("id").asLong()));
        return ids;
    }
}
