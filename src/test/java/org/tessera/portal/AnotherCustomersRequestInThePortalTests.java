package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/**
 * A customer tries every way in the portal into a request someone else made, and into the helpdesk's internal notes on
 * their own request: every one answers as if there were nothing there.
 */
class AnotherCustomersRequestInThePortalTests extends IntegrationTest {

    private People people;
    private Person owner;
    private Person agent;
    private JsonNode theirs;
    private WebSession stranger;

    @BeforeEach
    void aRequestWithAnAnswerAndAnInternalNote() {
        people = new People(api);
        owner = people.customer();
        agent = people.agent();
        theirs = TicketMother.openedBy(owner, "Invoice wrong " + People.unique());
        TicketMother.messagePosted(agent, id(), "We corrected the invoice.", "PUBLIC");
        TicketMother.messagePosted(agent, id(), "Customer was overcharged twice, escalate.", "INTERNAL");
        stranger = WebSession.signedIn(baseUrl(), "/portal/login", people.customer().email(), People.PASSWORD);
    }

    @Test
    void itsPageAndItsLiveUpdatesAreNotFound() {
        var page = stranger.get("/portal/requests/" + number());
        var live = stranger.get("/portal/requests/" + number() + "/live");

        assertThat(page.status()).isEqualTo(404);
        assertThat(live.status()).isEqualTo(404);
        assertThat(page.html()).doesNotContain("Invoice wrong", "corrected");
    }

    @Test
    void itCannotBeRepliedToSolvedFollowedOrRated() {
        assertThat(stranger.post("/portal/requests/" + number() + "/replies", Map.of("body", "Me too")).status())
                .isEqualTo(404);
        assertThat(stranger.post("/portal/requests/" + number() + "/status", Map.of("to", "solved")).status())
                .isEqualTo(404);
        assertThat(stranger.post("/portal/requests/" + number() + "/follow", Map.of("following", "true")).status())
                .isEqualTo(404);
        assertThat(stranger.post("/portal/requests/" + number() + "/rating", Map.of("score", "BAD")).status())
                .isEqualTo(404);
        var ticket = people.admin().get("/api/v1/tickets/" + id()).json();
        // The agent's reply may have moved it to pending (a shipped rule); the stranger never solved it.
        assertThat(ticket.get("statusCategory").asString()).isIn("NEW", "PENDING");
        assertThat(ticket.get("followers")).isEmpty();
        assertThat(people.admin().get("/api/v1/tickets/" + id() + "/messages").json()).hasSize(2);
    }

    @Test
    void itIsNotInTheirListsNorFoundBySearching() {
        var list = stranger.get("/portal/requests?state=all&q=Invoice");
        var following = stranger.get("/portal/requests?show=following&state=all");

        assertThat(list.html()).doesNotContain("Invoice wrong");
        assertThat(following.html()).doesNotContain("Invoice wrong");
    }

    @Test
    void itsFilesDoNotDownload() {
        var upload = agent.api().upload("/api/v1/tickets/" + id() + "/attachments", "invoice.pdf", "application/pdf",
                "%PDF-1.4 secret".getBytes(), "body", "Corrected invoice");
        long file = upload.json().get("attachments").get(0).get("id").asLong();

        var download = stranger.get("/portal/attachments/" + file);

        assertThat(download.status()).isEqualTo(404);
        assertThat(download.html()).doesNotContain("%PDF");
    }

    @Test
    void itsRequesterReadsTheAnswerButNeverTheInternalNoteNorItsFiles() {
        var note = agent.api().upload("/api/v1/tickets/" + id() + "/attachments", "notes.txt", "text/plain",
                "internal figures".getBytes(), "body", "Internal calculation", "visibility", "INTERNAL");
        long noteFile = note.json().get("attachments").get(0).get("id").asLong();
        var requester = WebSession.signedIn(baseUrl(), "/portal/login", owner.email(), People.PASSWORD);

        var page = requester.get("/portal/requests/" + number());
        var live = requester.get("/portal/requests/" + number() + "/live");
        var download = requester.get("/portal/attachments/" + noteFile);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("We corrected the invoice.").doesNotContain("overcharged twice",
                "Internal calculation", "notes.txt");
        assertThat(live.html()).contains("We corrected the invoice.").doesNotContain("overcharged twice");
        assertThat(download.status()).isEqualTo(404);
    }

    @Test
    void anAgentLookingThroughThePortalSeesNoInternalNoteThereEither() {
        var agentInPortal = WebSession.signedIn(baseUrl(), "/portal/login", agent.email(), People.PASSWORD);

        var page = agentInPortal.get("/portal/requests/" + number());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("We corrected the invoice.").doesNotContain("overcharged twice");
    }

    @Test
    void anAgentLookingThroughThePortalDownloadsNoInternalNoteFileThereEither() {
        var note = agent.api().upload("/api/v1/tickets/" + id() + "/attachments", "notes.txt", "text/plain",
                "internal figures".getBytes(), "body", "Internal calculation", "visibility", "INTERNAL");
        long noteFile = note.json().get("attachments").get(0).get("id").asLong();
        var agentInPortal = WebSession.signedIn(baseUrl(), "/portal/login", agent.email(), People.PASSWORD);

        var download = agentInPortal.get("/portal/attachments/" + noteFile);

        assertThat(download.status()).isEqualTo(404);
        assertThat(download.html()).doesNotContain("internal figures");
        assertThat(agent.api().get("/api/v1/attachments/" + noteFile).text()).isEqualTo("internal figures");
    }

    @Test
    void aFormPostedFromAnotherSiteWithoutTheTokenIsRefused() {
        var requester = WebSession.signedIn(baseUrl(), "/portal/login", owner.email(), People.PASSWORD);

        var forged = requester.postWithoutToken("/portal/requests/" + number() + "/replies", Map.of("body", "Forged"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(people.admin().get("/api/v1/tickets/" + id() + "/messages").text()).doesNotContain("Forged");
    }

    private long id() {
        return theirs.get("id").asLong();
    }

    private long number() {
        return theirs.get("number").asLong();
    }
}
