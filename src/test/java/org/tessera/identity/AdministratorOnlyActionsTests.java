package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/** Registering people and organizations is for administrators; everyone else learns only about themselves. */
class AdministratorOnlyActionsTests extends IntegrationTest {

    private People people;

    @BeforeEach
    void somePeople() {
        people = new People(api);
    }

    @Test
    void anAgentCannotRegisterAUser() {
        String email = "wannabe-" + People.unique() + "@example.com";

        var response = people.agent().api().post("/api/v1/users", newAdmin(email));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/users?q=" + email).json()).isEmpty();
    }

    @Test
    void aCustomerCannotRegisterAUser() {
        String email = "wannabe-" + People.unique() + "@example.com";

        var response = people.customer().api().post("/api/v1/users", newAdmin(email));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/users?q=" + email).json()).isEmpty();
    }

    @Test
    void aCollaboratorCannotRegisterAUser() {
        String email = "wannabe-" + People.unique() + "@example.com";

        var response = people.collaborator().api().post("/api/v1/users", newAdmin(email));

        assertThatProblem(response).hasStatus(403);
    }

    @Test
    void anAgentCannotCreateAnOrganization() {
        String name = "Rogue " + People.unique();

        var response = people.agent().api().post("/api/v1/organizations", organization(name));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/organizations").text()).doesNotContain(name);
    }

    @Test
    void aCustomerCannotCreateAnOrganization() {
        String name = "Rogue " + People.unique();

        var response = people.customer().api().post("/api/v1/organizations", organization(name));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/organizations").text()).doesNotContain(name);
    }

    @Test
    void anAgentCannotCreateATeam() {
        String name = "Shadow team " + People.unique();

        var response = people.agent().api().post("/api/v1/teams", Map.of("name", name));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/teams").text()).doesNotContain(name);
    }

    @Test
    void aCustomerCannotListTeams() {
        var response = people.customer().api().get("/api/v1/teams");

        assertThatProblem(response).hasStatus(403);
    }

    @Test
    void aCustomerCannotMakeTheirOrganizationShareTickets() {
        long organization = people.organization(false);
        var customer = people.customerOf(organization);

        var response = customer.api().send(customer.api().request("/api/v1/organizations/" + organization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Taken over\",\"domains\":[],\"sharesTickets\":true}")));

        assertThatProblem(response).hasStatus(403);
        assertThat(people.admin().get("/api/v1/organizations/" + organization).json().get("sharesTickets").asBoolean())
                .isFalse();
    }

    @Test
    void aCustomerDoesNotFindAnotherUser() {
        var customer = people.customer();
        var other = people.customer();

        var response = customer.api().get("/api/v1/users/" + other.id());

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void aCustomerDoesNotFindAnAgent() {
        var customer = people.customer();

        var response = customer.api().get("/api/v1/users/" + people.agent().id());

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void aCustomerCannotListUsers() {
        var response = people.customer().api().get("/api/v1/users");

        assertThatProblem(response).hasStatus(403);
    }

    @Test
    void aCustomerCannotListOrganizations() {
        var response = people.customer().api().get("/api/v1/organizations");

        assertThatProblem(response).hasStatus(403);
    }

    @Test
    void aCustomerDoesNotFindAnotherOrganization() {
        var customer = people.customerOf(people.organization(false));

        var own = customer.api().get("/api/v1/organizations/" + customer.api().get("/api/v1/users/me").json()
                .get("organizationId").asLong());
        var other = customer.api().get("/api/v1/organizations/" + people.organization(false));

        assertThat(own.status()).isEqualTo(200);
        assertThatProblem(other).hasStatus(404);
    }

    @Test
    void everyoneReadsThemselves() {
        List<Person> everyone = List.of(people.customer(), people.collaborator(), people.agent());

        assertThat(everyone).allSatisfy(person -> {
            var me = person.api().get("/api/v1/users/me");

            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("id").asLong()).isEqualTo(person.id());
            assertThat(me.json().get("email").asString()).isEqualTo(person.email());
            assertThat(me.text()).doesNotContain("password");
        });
    }

    @Test
    void aCustomerReadsThemselvesById() {
        var customer = people.customer();

        var response = customer.api().get("/api/v1/users/" + customer.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("role").asString()).isEqualTo("CUSTOMER");
    }

    @Test
    void anAdministratorRegistersAUser() {
        String email = "new-agent-" + People.unique() + "@example.com";

        var response = people.admin().post("/api/v1/users",
                Map.of("email", email, "role", "AGENT", "password", People.PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("role").asString()).isEqualTo("AGENT");
    }

    private static Map<String, Object> newAdmin(String email) {
        return Map.of("email", email, "name", "Wannabe", "role", "ADMIN", "password", "long-enough-password");
    }

    private static Map<String, Object> organization(String name) {
        return Map.of("name", name, "domains", List.of(People.unique() + ".example"), "sharesTickets", true);
    }
}
