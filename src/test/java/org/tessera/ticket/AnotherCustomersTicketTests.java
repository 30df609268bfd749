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
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** A customer asks for a ticket someone else requested: it must look exactly as if it did not exist. */
class AnotherCustomersTicketTests extends IntegrationTest {

    private People people;
    private Person stranger;
    private String word;
    private JsonNode theirs;

    @BeforeEach
    void aTicketOfAnotherCustomer() {
        people = new People(api);
        stranger = people.customer();
        word = TicketMother.uniqueWord();
        theirs = TicketMother.openedBy(people.customer(), "Invoice " + word + " is wrong");
    }

    @Test
    void isNotFoundWhenAskedForById() {
        var response = stranger.api().get("/api/v1/tickets/" + id());

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void isRefusedInTheSameWordsAsATicketThatDoesNotExist() {
        var hidden = stranger.api().get("/api/v1/tickets/" + id());
        var missing = stranger.api().get("/api/v1/tickets/" + Long.MAX_VALUE);

        assertThat(hidden.status()).isEqualTo(missing.status());
        assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(hidden.json().get("title")).isEqualTo(missing.json().get("title"));
    }

    @Test
    void isNotInTheirList() {
        TicketMother.openedBy(stranger, "My own " + word);

        var list = stranger.api().get("/api/v1/tickets?size=100");

        assertThat(list.status()).isEqualTo(200);
        assertThat(idsIn(list)).doesNotContain(id()).hasSize(1);
        assertThat(list.text()).doesNotContain("Invoice " + word);
    }

    @Test
    void isNotFoundBySearchingItsSubject() {
        var search = stranger.api().get("/api/v1/tickets?q=" + word);

        assertThat(search.status()).isEqualTo(200);
        assertThat(idsIn(search)).isEmpty();
        assertThat(search.json().get("total").asLong()).isZero();
    }

    @Test
    void isNotFoundBySearchingItsNumber() {
        var search = stranger.api().get("/api/v1/tickets?q=%23" + theirs.get("number").asLong());

        assertThat(idsIn(search)).isEmpty();
    }

    @Test
    void isNotFoundByFilteringOnItsRequester() {
        String requester = theirs.get("requester").get("email").asString();

        var search = stranger.api().get("/api/v1/tickets?requester=" + requester);

        assertThat(idsIn(search)).isEmpty();
    }

    @Test
    void cannotBeChanged() {
        var response = stranger.api().patch("/api/v1/tickets/" + id(), Map.of("status", "resolved"));

        assertThatProblem(response).hasStatus(404);
        assertThat(people.admin().get("/api/v1/tickets/" + id()).json().get("status").asString()).isEqualTo("new");
    }

    @Test
    void cannotBeFollowed() {
        var response = stranger.api().patch("/api/v1/tickets/" + id(), Map.of("followerIds", List.of(stranger.id())));

        assertThatProblem(response).hasStatus(404);
        assertThat(people.admin().get("/api/v1/tickets/" + id()).json().get("followers")).isEmpty();
    }

    @Test
    void cannotBeRepliedTo() {
        var response = stranger.api().post("/api/v1/tickets/" + id() + "/messages", Map.of("body", "Me too"));

        assertThatProblem(response).hasStatus(404);
        assertThat(people.admin().get("/api/v1/tickets/" + id() + "/messages").json()).isEmpty();
    }

    @Test
    void cannotReceiveAttachments() {
        var response = stranger.api().upload("/api/v1/tickets/" + id() + "/attachments", "note.txt", "text/plain",
                "hello".getBytes());

        assertThatProblem(response).hasStatus(404);
        assertThat(people.admin().get("/api/v1/tickets/" + id() + "/messages").json()).isEmpty();
    }

    @Test
    void itsPublicAttachmentsDoNotDownload() {
        var upload = people.agent().api().upload("/api/v1/tickets/" + id() + "/attachments", "invoice.pdf",
                "application/pdf", "%PDF-1.4".getBytes(), "body", "Corrected invoice");
        long attachmentId = upload.json().get("attachments").get(0).get("id").asLong();

        var download = stranger.api().get("/api/v1/attachments/" + attachmentId);

        assertThatProblem(download).hasStatus(404);
        assertThat(download.text()).doesNotContain("%PDF");
    }

    @Test
    void hasNoConversationToRead() {
        var response = stranger.api().get("/api/v1/tickets/" + id() + "/messages");

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void hasNoHistoryToRead() {
        var response = stranger.api().get("/api/v1/tickets/" + id() + "/history");

        assertThatProblem(response).hasStatus(404);
    }

    /** Even a refused change must not leave a trace, such as a new person made from an email address. */
    @Test
    void aRefusedChangeOfRequesterCreatesNobody() {
        String email = "planted-" + People.unique() + "@example.com";

        var response = stranger.api().patch("/api/v1/tickets/" + id(), Map.of("requesterEmail", email));

        assertThatProblem(response).hasStatus(404);
        assertThat(people.admin().get("/api/v1/users?q=" + email).json()).isEmpty();
    }

    @Test
    void cannotBeOpenedInTheirName() {
        long requesterId = theirs.get("requester").get("id").asLong();

        var response = stranger.api().post("/api/v1/tickets",
                Map.of("subject", "On your behalf", "requesterId", requesterId));

        assertThatProblem(response).hasStatus(400).namesField("requesterId");
    }

    private long id() {
        return theirs.get("id").asLong();
    }
}
