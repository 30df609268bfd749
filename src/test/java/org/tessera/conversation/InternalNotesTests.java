package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** Agents talk among themselves on a customer's ticket: none of it may reach the customer by any route. */
class InternalNotesTests extends IntegrationTest {

    private static final String FILENAME = "Relatório de março (rascunho).csv";

    private People people;
    private Person agent;
    private Person customer;
    private String word;
    private long ticketId;

    @BeforeEach
    void aCustomersTicket() {
        people = new People(api);
        agent = people.agent();
        customer = people.customer();
        word = TicketMother.uniqueWord();
        ticketId = TicketMother.openedBy(customer, "Refund " + word).get("id").asLong();
    }

    @Test
    void anAgentsNoteIsMissingFromTheCustomersConversation() {
        TicketMother.messagePosted(agent, ticketId, "Happy to help", "PUBLIC");
        TicketMother.messagePosted(agent, ticketId, "Customer is on the watch list", "INTERNAL");

        var theirs = customer.api().get("/api/v1/tickets/" + ticketId + "/messages");
        var ours = agent.api().get("/api/v1/tickets/" + ticketId + "/messages");

        assertThat(visibilities(theirs)).containsExactly("PUBLIC");
        assertThat(theirs.text()).doesNotContain("watch list");
        assertThat(visibilities(ours)).containsExactly("PUBLIC", "INTERNAL");
    }

    @Test
    void anInternalAttachmentDownloadsForAnAgentUnderItsOwnNameAndType() {
        byte[] content = "month;total\n03;1200\n".getBytes(StandardCharsets.UTF_8);
        long attachmentId = internalAttachment(content);

        var download = agent.api().get("/api/v1/attachments/" + attachmentId);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(content);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).getFilename()).isEqualTo(FILENAME);
    }

    @Test
    void anInternalAttachmentIsNotFoundForTheCustomer() {
        long attachmentId = internalAttachment("secret".getBytes(StandardCharsets.UTF_8));

        var download = customer.api().get("/api/v1/attachments/" + attachmentId);
        var messages = customer.api().get("/api/v1/tickets/" + ticketId + "/messages");

        assertThatProblem(download).hasStatus(404);
        assertThat(messages.json()).isEmpty();
    }

    @Test
    void aPublicAttachmentDownloadsForTheCustomer() {
        var upload = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "label.pdf",
                "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "body", "Your return label");
        long attachmentId = upload.json().get("attachments").get(0).get("id").asLong();

        var download = customer.api().get("/api/v1/attachments/" + attachmentId);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).isEqualTo("%PDF-1.4");
    }

    @Test
    void aCustomerCannotWriteAnInternalNote() {
        var response = customer.api().post("/api/v1/tickets/" + ticketId + "/messages",
                Map.of("body", "Only for you, agents", "visibility", "INTERNAL"));

        assertThatProblem(response).hasStatus(403);
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void aCustomerCannotUploadAnInternalAttachment() {
        var response = customer.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "x.txt", "text/plain",
                "hidden".getBytes(StandardCharsets.UTF_8), "visibility", "INTERNAL");

        assertThatProblem(response).hasStatus(403);
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void noteTextAppearsInNoneOfTheCustomersAnswers() {
        String secret = "discount" + TicketMother.uniqueWord();
        TicketMother.messagePosted(agent, ticketId, "Offer them the " + secret + " code", "INTERNAL");
        TicketMother.changed(agent, ticketId, Map.of("priority", 2));

        List<Api.Response> answers = List.of(
                customer.api().get("/api/v1/tickets/" + ticketId),
                customer.api().get("/api/v1/tickets"),
                customer.api().get("/api/v1/tickets?q=" + word),
                customer.api().get("/api/v1/tickets?q=" + secret),
                customer.api().get("/api/v1/tickets/" + ticketId + "/messages"),
                customer.api().get("/api/v1/tickets/" + ticketId + "/history"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).doesNotContain(secret);
        });
        assertThat(customer.api().get("/api/v1/tickets?q=" + secret).json().get("items")).isEmpty();
    }

    private long internalAttachment(byte[] content) {
        var upload = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", FILENAME, "text/csv", content,
                "body", "Their figures", "visibility", "INTERNAL");
        assertThat(upload.status()).isEqualTo(201);
        JsonNode message = upload.json();
        assertThat(message.get("visibility").asString()).isEqualTo("INTERNAL");
        return message.get("attachments").get(0).get("id").asLong();
    }

    private static List<String> visibilities(Api.Response messages) {
        var result = new ArrayList<String>();
        messages.json().forEach(m -> result.add(m.get("visibility").asString()));
        return result;
    }
}
