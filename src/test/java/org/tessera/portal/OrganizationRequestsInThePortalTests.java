package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** Colleagues in an organization that shares tickets see each other's requests, follow them, and help solve them. */
class OrganizationRequestsInThePortalTests extends IntegrationTest {

    @Test
    void aColleagueSeesTheOrganizationsRequestFollowsItAndMarksItSolved() {
        var people = new People(api);
        long organization = people.organization(true);
        var ana = people.customerOf(organization);
        var bruno = people.customerOf(organization);
        var request = TicketMother.openedBy(ana, "Office printer jammed " + People.unique());
        long number = request.get("number").asLong();
        var session = WebSession.signedIn(baseUrl(), "/portal/login", bruno.email(), People.PASSWORD);

        var organizationList = session.get("/portal/requests?show=organization&state=all");
        var follow = session.post("/portal/requests/" + number + "/follow", Map.of("following", "true"));
        var following = session.get("/portal/requests?show=following&state=all");
        var solved = session.post("/portal/requests/" + number + "/status", Map.of("to", "solved"));

        assertThat(organizationList.html()).contains("Office printer jammed");
        assertThat(follow.status()).isEqualTo(302);
        assertThat(following.html()).contains("Office printer jammed");
        assertThat(solved.status()).isEqualTo(302);
        assertThat(people.admin().get("/api/v1/tickets/" + request.get("id").asLong()).json().get("status").asString())
                .isEqualTo("resolved");
    }

    @Test
    void withoutSharingTheOrganizationsRequestsStayPrivate() {
        var people = new People(api);
        long organization = people.organization(false);
        var ana = people.customerOf(organization);
        var bruno = people.customerOf(organization);
        var request = TicketMother.openedBy(ana, "Private matter " + People.unique());
        var session = WebSession.signedIn(baseUrl(), "/portal/login", bruno.email(), People.PASSWORD);

        var list = session.get("/portal/requests?show=organization&state=all");
        var page = session.get("/portal/requests/" + request.get("number").asLong());

        assertThat(list.html()).doesNotContain("Private matter");
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void theRequesterMarksTheirRequestSolvedAndReopensIt() {
        var people = new People(api);
        var customer = people.customer();
        var request = TicketMother.openedBy(customer, "Reset my token " + People.unique());
        long number = request.get("number").asLong();
        var session = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);

        session.post("/portal/requests/" + number + "/status", Map.of("to", "solved"));
        var solved = session.get("/portal/requests/" + number);
        session.post("/portal/requests/" + number + "/status", Map.of("to", "open"));
        var reopened = session.get("/portal/requests/" + number);

        assertThat(solved.html()).contains("state-RESOLVED", "Reopen this request");
        assertThat(reopened.html()).contains("state-OPEN", "My problem is solved");
    }
}
