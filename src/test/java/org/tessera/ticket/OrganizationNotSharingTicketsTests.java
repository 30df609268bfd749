package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;
import static org.tessera.support.TicketLists.idsIn;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** An organization that keeps tickets private: colleagues are strangers to each other's requests. */
class OrganizationNotSharingTicketsTests extends IntegrationTest {

    private Person colleague;
    private long organization;
    private String word;
    private JsonNode colleaguesTicket;

    @BeforeEach
    void aColleagueHasOpenedATicket() {
        var people = new People(api);
        organization = people.organization(false);
        colleague = people.customerOf(organization);
        word = TicketMother.uniqueWord();
        colleaguesTicket = TicketMother.openedBy(people.customerOf(organization), "Payroll " + word + " export");
    }

    @Test
    void aColleagueDoesNotSeeTheTicket() {
        var response = colleague.api().get("/api/v1/tickets/" + id());

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void aColleagueDoesNotFindItInListsOrSearch() {
        var list = colleague.api().get("/api/v1/tickets?size=100");
        var search = colleague.api().get("/api/v1/tickets?q=" + word);
        var byOrganization = colleague.api().get("/api/v1/tickets?organization=" + organization);

        assertThat(idsIn(list)).doesNotContain(id());
        assertThat(idsIn(search)).isEmpty();
        assertThat(idsIn(byOrganization)).isEmpty();
    }

    @Test
    void aColleagueCannotReplyToIt() {
        var response = colleague.api().post("/api/v1/tickets/" + id() + "/messages", Map.of("body", "Same here"));

        assertThatProblem(response).hasStatus(404);
    }

    private long id() {
        return colleaguesTicket.get("id").asLong();
    }
}
