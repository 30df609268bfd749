package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.automation.Eventually;
import org.tessera.identity.Directory;
import org.tessera.portal.WebSession;
import org.tessera.shared.Conflict;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/**
 * An agent answers, from their mailbox, the email that told them about a colleague's internal note: the answer is an
 * internal note too, with its file and its original. The customer tries every way to it and finds nothing.
 */
class AnInternalNoteAnsweredByEmailTests extends IntegrationTest {

    @Autowired
    EmailThreads threads;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;

    private People people;
    private Person customer;
    private Person assignee;
    private Person colleague;
    private String secret;
    private long ticketId;
    private JsonNode answer;

    @BeforeEach
    void anAgentAnswersANoteByEmail() {
        people = new People(api);
        customer = people.customer();
        assignee = people.agent();
        colleague = people.agent();
        secret = TicketMother.uniqueWord();
        ticketId = TicketMother.openedBy(customer, "Refund for order 77").get("id").asLong();
        TicketMother.changed(colleague, ticketId, Map.of("assigneeId", assignee.id(),
                "followerIds", List.of(colleague.id())));
        TicketMother.messagePosted(colleague, ticketId, "Should we refund them?", "INTERNAL");
        String noteMail = Eventually.until(() -> jdbc.queryForList("select message_id from email_outbox where "
                + "ticket_id = ? and lower(recipient) = lower(?) and internal", String.class, ticketId,
                assignee.email()), found -> !found.isEmpty(), "the note's email to the assignee").get(0);

        answer = Inbox.deliver(assignee.api(), Mails.from(assignee.email()).to("support@localhost")
                .subject("Re: Refund for order 77").inReplyTo(noteMail)
                .text("No: their card was declined twice " + secret + ".\n\n> Should we refund them?")
                .attachment("declines.csv", "text/csv", ("card;" + secret).getBytes(StandardCharsets.UTF_8))).json();
    }

    @Test
    void theAnswerIsAnInternalNoteOnTheTicket() {
        var messages = assignee.api().get("/api/v1/tickets/" + ticketId + "/messages").json();

        assertThat(answer.get("ticketId").asLong()).isEqualTo(ticketId);
        assertThat(messages.get(messages.size() - 1).get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(messages.get(messages.size() - 1).get("body").asString()).contains(secret);
    }

    @Test
    void theCustomerReadsNothingOfItInTheApiOrThePortal() {
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);
        long number = customer.api().get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

        var answers = List.of(customer.api().get("/api/v1/tickets/" + ticketId + "/messages").text(),
                customer.api().get("/api/v1/tickets/" + ticketId).text(),
                customer.api().get("/api/v1/tickets/" + ticketId + "/history").text(),
                portal.get("/portal/requests/" + number).html(),
                portal.get("/portal/requests/" + number + "/live").html());
        // A search page shows the words searched for: what counts is that it finds no request.
        var searches = List.of(customer.api().get("/api/v1/tickets?q=" + secret).text(),
                portal.get("/portal/requests?state=all&q=" + secret).html());

        assertThat(answers).allSatisfy(text -> assertThat(text).doesNotContain(secret, "declines.csv"));
        assertThat(searches).allSatisfy(text -> assertThat(text).doesNotContain("Refund for order 77"));
    }

    @Test
    void itsFileDoesNotDownloadForTheCustomer() {
        long file = fileOfTheAnswer();
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);

        var fromApi = customer.api().get("/api/v1/attachments/" + file);
        var fromPortal = portal.get("/portal/attachments/" + file);

        assertThatProblem(fromApi).hasStatus(404);
        assertThat(fromPortal.status()).isEqualTo(404);
        assertThat(fromPortal.html()).doesNotContain(secret);
    }

    @Test
    void itsOriginalIsForAgentsOnly() {
        long emailId = answer.get("emailId").asLong();
        var follower = people.collaborator();
        TicketMother.changed(colleague, ticketId, Map.of("followerIds", List.of(colleague.id(), follower.id())));

        var agents = colleague.api().get("/api/v1/mail/messages/" + emailId + "/raw");
        var customers = customer.api().get("/api/v1/mail/messages/" + emailId + "/raw");
        var collaborators = follower.api().get("/api/v1/mail/messages/" + emailId + "/raw");

        assertThat(agents.status()).isEqualTo(200);
        assertThat(agents.text()).contains("Subject: Re: Refund for order 77", "declines.csv");
        assertThatProblem(customers).hasStatus(403);
        assertThatProblem(collaborators).hasStatus(403);
        assertThat(customers.text() + collaborators.text()).doesNotContain("Refund for order 77", "declines.csv");
    }

    @Test
    void theCustomerIsNotEmailedItButTheColleagueIs() {
        Eventually.until(() -> mailTo(colleague.email()), mail -> mail.contains(secret), "the colleague's email");

        assertThat(mailTo(customer.email())).doesNotContain(secret);
    }

    @Test
    void itCannotBeSplitIntoATicketOfItsOwn() {
        long emailId = answer.get("emailId").asLong();

        assertThatThrownBy(() -> threads.split(emailId, directory.actor(assignee.id()))).isInstanceOf(Conflict.class);

        assertThat(customer.api().get("/api/v1/tickets?size=100").text()).doesNotContain(secret);
        var messages = assignee.api().get("/api/v1/tickets/" + ticketId + "/messages").json();
        assertThat(messages.get(messages.size() - 1).get("body").asString()).contains(secret);
    }

    private long fileOfTheAnswer() {
        var messages = assignee.api().get("/api/v1/tickets/" + ticketId + "/messages").json();
        return messages.get(messages.size() - 1).get("attachments").get(0).get("id").asLong();
    }

    private String mailTo(String email) {
        return String.join("\n", jdbc.queryForList("select subject || ' ' || body_text || ' ' || coalesce(body_html, '')"
                + " from email_outbox where lower(recipient) = lower(?)", String.class, email));
    }
}
