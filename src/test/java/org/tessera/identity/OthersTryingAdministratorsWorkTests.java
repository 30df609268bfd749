package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/**
 * Agents, collaborators and customers try what only administrators do, through the API and the pages: configuring
 * mail, the outbox, held emails, ticket types, teams, organizations, ratings and every administration page.
 */
class OthersTryingAdministratorsWorkTests extends IntegrationTest {

    private static final List<String> ADMINISTRATION = List.of("/admin/users", "/admin/users/new",
            "/admin/organizations", "/admin/teams", "/admin/types", "/admin/rules", "/admin/rules/new", "/admin/sla",
            "/admin/forms", "/admin/ratings", "/admin/branding", "/admin/notifications", "/admin/email/mailboxes",
            "/admin/email/outbox", "/admin/email/quarantine");

    private People people;
    private Person agent;
    private Person customer;

    @BeforeEach
    void somePeople() {
        people = new People(api);
        agent = people.agent();
        customer = people.customer();
    }

    @Test
    void anAgentsTokenConfiguresNoMailAndReadsNoOutboxNorHeldEmail() {
        var agents = agent.api();
        long mailbox = 1;

        var answers = List.of(agents.get("/api/v1/mail/mailboxes"), agents.get("/api/v1/mail/mailboxes/" + mailbox),
                agents.post("/api/v1/mail/mailboxes", Map.of("name", "Rogue", "address", "rogue@example.com")),
                agents.delete("/api/v1/mail/mailboxes/" + mailbox),
                agents.post("/api/v1/mail/mailboxes/" + mailbox + "/test", Map.of()),
                agents.get("/api/v1/mail/outbox"), agents.post("/api/v1/mail/outbox/1/retry", Map.of()),
                agents.get("/api/v1/mail/quarantine"), agents.get("/api/v1/satisfaction"));

        assertThat(answers).allSatisfy(answer -> assertThatProblem(answer).hasStatus(403));
        assertThat(people.admin().get("/api/v1/mail/mailboxes").text()).doesNotContain("rogue@example.com");
    }

    @Test
    void anAgentChangesNoOrganizationNorTeam() {
        long organization = people.organization(false);
        String team = "Night shift " + People.unique();
        long teamId = people.admin().post("/api/v1/teams", Map.of("name", team)).json().get("id").asLong();

        var sharing = put(agent.api(), "/api/v1/organizations/" + organization,
                "{\"name\":\"Taken\",\"domains\":[],\"sharesTickets\":true}");
        var joining = put(agent.api(), "/api/v1/teams/" + teamId,
                "{\"name\":\"Mine now\",\"memberIds\":[" + agent.id() + "]}");

        assertThatProblem(sharing).hasStatus(403);
        assertThatProblem(joining).hasStatus(403);
        assertThat(people.admin().get("/api/v1/organizations/" + organization).json().get("sharesTickets").asBoolean())
                .isFalse();
        assertThat(people.admin().get("/api/v1/teams").text()).contains(team).doesNotContain("Mine now");
    }

    @Test
    void customFieldsAreAddedByAdministratorsOnly() {
        String key = "rogue_" + People.unique().replace("-", "");
        var field = Map.<String, Object>of("typeKey", "question", "key", key, "label", "Rogue", "kind", "TEXT",
                "required", true);

        var byAgent = agent.api().post("/api/v1/custom-fields", field);
        var byCustomer = customer.api().post("/api/v1/custom-fields", field);

        assertThatProblem(byAgent).hasStatus(403);
        assertThatProblem(byCustomer).hasStatus(403);
        assertThat(people.admin().get("/api/v1/ticket-types").text()).doesNotContain(key);
    }

    @Test
    void aCustomersTokenCreatesNoTeamAndReadsNoRatings() {
        var team = customer.api().post("/api/v1/teams", Map.of("name", "Customers' team " + People.unique()));
        var ratings = customer.api().get("/api/v1/satisfaction");

        assertThatProblem(team).hasStatus(403);
        assertThatProblem(ratings).hasStatus(403);
    }

    @Test
    void noAdministrationPageOpensForAnAgentACollaboratorOrACustomer() {
        var browsers = List.of(WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD),
                WebSession.signedIn(baseUrl(), "/login", people.collaborator().email(), People.PASSWORD),
                WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD));

        for (WebSession browser : browsers) {
            for (String page : ADMINISTRATION) {
                assertThat(browser.get(page).status()).as(page).isEqualTo(403);
            }
        }
    }

    @Test
    void anAgentsFormToCreateAUserIsRefused() {
        var browser = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);
        String email = "made-by-agent-" + People.unique() + "@example.com";

        var created = browser.post("/admin/users", Map.of("email", email, "name", "Backdoor", "role", "ADMIN",
                "password", "long-enough-password"));

        assertThat(created.status()).isEqualTo(403);
        assertThat(people.admin().get("/api/v1/users?q=" + email).json()).isEmpty();
    }

    private static Api.Response put(Api api, String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
