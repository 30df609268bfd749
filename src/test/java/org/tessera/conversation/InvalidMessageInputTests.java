package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/** A reply or upload that breaks a rule is refused naming the field, and the conversation stays as it was. */
class InvalidMessageInputTests extends IntegrationTest {

    private Person agent;
    private long ticketId;

    @BeforeEach
    void aTicket() {
        var people = new People(api);
        agent = people.agent();
        ticketId = TicketMother.openedBy(people.customer(), "Keyboard sticks").get("id").asLong();
    }

    @Test
    void anEmptyReplyIsRefused() {
        var response = agent.api().post(messages(), Map.of("body", "   "));

        assertThatProblem(response).hasStatus(400).namesField("body");
        assertThat(agent.api().get(messages()).json()).isEmpty();
    }

    @Test
    void anOverlongReplyIsRefused() {
        var response = agent.api().post(messages(), Map.of("body", "x".repeat(100_001)));

        assertThatProblem(response).hasStatus(400).namesField("body");
        assertThat(agent.api().get(messages()).json()).isEmpty();
    }

    @Test
    void anUnknownVisibilityIsRefused() {
        var response = agent.api().post(messages(), Map.of("body", "Hello", "visibility", "SECRET"));

        assertThatProblem(response).hasStatus(400).namesField("visibility");
        assertThat(agent.api().get(messages()).json()).isEmpty();
    }

    @Test
    void anUnknownVisibilityIsAnsweredWithTheKnownOnes() {
        var response = agent.api().post(messages(), Map.of("body", "Hello", "visibility", "SECRET"));

        assertThat(response.json().get("detail").asString()).isEqualTo("visibility: must be one of PUBLIC, INTERNAL");
    }

    @Test
    void anUnknownFieldIsNamed() {
        var response = agent.api().post(messages(), Map.of("body", "Hello", "authorId", 1));

        assertThatProblem(response).hasStatus(400).namesField("authorId");
    }

    @Test
    void anUploadWithAnUnknownVisibilityIsRefused() {
        var response = agent.api().upload(attachments(), "a.txt", "text/plain", "a".getBytes(), "visibility", "SECRET");

        assertThatProblem(response).hasStatus(400).namesField("visibility");
        assertThat(agent.api().get(messages()).json()).isEmpty();
    }

    @Test
    void anUploadWithoutAFileIsRefused() {
        var response = agent.api().send(agent.api().request(attachments())
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nNo file\r\n--xyz--\r\n")));

        assertThatProblem(response).hasStatus(400).namesField("file");
        assertThat(agent.api().get(messages()).json()).isEmpty();
    }

    @Test
    void aReplyToATicketThatDoesNotExistIsNotFound() {
        var response = agent.api().post("/api/v1/tickets/" + Long.MAX_VALUE + "/messages", Map.of("body", "Hello"));

        assertThatProblem(response).hasStatus(404);
    }

    @Test
    void anAttachmentThatDoesNotExistIsNotFound() {
        var response = agent.api().get("/api/v1/attachments/" + Long.MAX_VALUE);

        assertThatProblem(response).hasStatus(404);
    }

    private String messages() {
        return "/api/v1/tickets/" + ticketId + "/messages";
    }

    private String attachments() {
        return "/api/v1/tickets/" + ticketId + "/attachments";
    }
}
