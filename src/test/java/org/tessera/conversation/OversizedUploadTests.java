package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/** A file beyond the size limit (25 MB by default) is refused with 413, and no part of it is kept. */
class OversizedUploadTests extends IntegrationTest {

    private static final int MEGABYTE = 1024 * 1024;

    private Person agent;
    private long ticketId;

    @BeforeEach
    void aTicket() {
        var people = new People(api);
        agent = people.agent();
        ticketId = TicketMother.openedBy(people.customer(), "Crash dump attached").get("id").asLong();
    }

    @Test
    void isRefusedAsTooLarge() {
        var response = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "core.dump",
                "application/octet-stream", new byte[26 * MEGABYTE], "body", "The dump");

        assertThatProblem(response).hasStatus(413).namesField("file");
    }

    @Test
    void theRefusalNamesTheLimit() {
        var response = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "core.dump",
                "application/octet-stream", new byte[26 * MEGABYTE], "body", "The dump");

        assertThat(response.json().get("detail").asString()).contains("at most 25 MB");
    }

    @Test
    void addsNoMessageToTheTicket() {
        int before = agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json().size();

        agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "core.dump", "application/octet-stream",
                new byte[26 * MEGABYTE], "body", "The dump");

        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).hasSize(before);
    }

    @Test
    void aFileWithinTheLimitIsKept() {
        var response = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "small.dump",
                "application/octet-stream", new byte[MEGABYTE], "body", "A smaller dump");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("attachments").get(0).get("size").asLong()).isEqualTo(MEGABYTE);
    }
}
