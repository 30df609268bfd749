package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;
import static org.tessera.support.TicketLists.idsIn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/**
 * An organization that shares tickets: its customers see each other's requests, and nobody outside does. Seeing a
 * colleague's request is not owning it: only its requester and those who follow it mark it solved or reopen it.
 */
class OrganizationSharingTicketsTests extends IntegrationTest {

    private People people;
    private long organization;
    private String word;
    private JsonNode colleaguesTicket;

    @BeforeEach
    void aColleagueHasOpenedATicket() {
        people = new People(api);
        organization = people.organization(true);
        word = TicketMother.uniqueWord();
        colleaguesTicket = TicketMother.openedBy(people.customerOf(organization), "VPN " + word + " drops");
    }

    @Test
    void aColleagueSeesTheTicket() {
        var colleague = people.customerOf(organization);

        var response = colleague.api().get("/api/v1/tickets/" + id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("organization").get("id").asLong()).isEqualTo(organization);
    }

    @Test
    void aColleagueFindsItInTheirListAndBySearch() {
        var colleague = people.customerOf(organization);

        var list = colleague.api().get("/api/v1/tickets");
        var search = colleague.api().get("/api/v1/tickets?q=" + word);

        assertThat(idsIn(list)).contains(id());
        assertThat(idsIn(search)).containsExactly(id());
    }

    @Test
    void aColleagueReadsItsConversationButNotItsInternalNotes() {
        var colleague = people.customerOf(organization);
        var agent = people.agent();
        TicketMother.messagePosted(agent, id(), "We are looking into it", "PUBLIC");
        TicketMother.messagePosted(agent, id(), "Their firewall again " + word, "INTERNAL");

        var messages = colleague.api().get("/api/v1/tickets/" + id() + "/messages");

        assertThat(messages.status()).isEqualTo(200);
        assertThat(messages.json()).hasSize(1);
        assertThat(messages.text()).doesNotContain("firewall");
    }

    @Test
    void aCustomerOfAnotherOrganizationDoesNotSeeIt() {
        var outsider = people.customerOf(people.organization(true));

        var get = outsider.api().get("/api/v1/tickets/" + id());
        var search = outsider.api().get("/api/v1/tickets?q=" + word);
        var byOrganization = outsider.api().get("/api/v1/tickets?organization=" + organization);

        assertThatProblem(get).hasStatus(404);
        assertThat(idsIn(search)).isEmpty();
        assertThat(idsIn(byOrganization)).isEmpty();
    }

    @Test
    void aCustomerWithoutOrganizationDoesNotSeeIt() {
        var loner = people.customer();

        var get = loner.api().get("/api/v1/tickets/" + id());
        var search = loner.api().get("/api/v1/tickets?q=" + word);

        assertThatProblem(get).hasStatus(404);
        assertThat(idsIn(search)).isEmpty();
    }

    @Test
    void aColleagueWhoDoesNotFollowItCannotMarkItResolved() {
        var colleague = people.customerOf(organization);

        var response = colleague.api().patch("/api/v1/tickets/" + id(), Map.of("status", "resolved"));

        assertThatProblem(response).hasStatus(400).namesField("status");
        assertThat(people.admin().get("/api/v1/tickets/" + id()).json().get("status").asString()).isEqualTo("new");
    }

    @Test
    void aColleagueWhoFollowsItMarksItResolved() {
        var colleague = people.customerOf(organization);
        people.admin().patch("/api/v1/tickets/" + id(), Map.of("followerIds", List.of(colleague.id())));

        var response = colleague.api().patch("/api/v1/tickets/" + id(), Map.of("status", "resolved"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("statusCategory").asString()).isEqualTo("RESOLVED");
    }

    /** Sharing is for customers; a collaborator is not a member of the customer's organization. */
    @Test
    void aCollaboratorWhoDoesNotFollowItDoesNotSeeIt() {
        var collaborator = people.collaborator();

        var get = collaborator.api().get("/api/v1/tickets/" + id());
        var search = collaborator.api().get("/api/v1/tickets?q=" + word);

        assertThatProblem(get).hasStatus(404);
        assertThat(idsIn(search)).isEmpty();
    }

    private long id() {
        return colleaguesTicket.get("id").asLong();
    }
}
