package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.automation.Eventually;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * A ticket of a customer in an organization that shares tickets, followed by a colleague they copied in: agents write
 * an internal note with a file, then answer in public. The requester, the follower and another colleague of the
 * organization try their emails, downloads and every search for the note, and find nothing of it.
 */
class CustomersProbingAnInternalNoteTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private People people;
    private Person requester;
    private Person follower;
    private Person colleague;
    private Person agent;
    private String secret;
    private long ticketId;
    private long noteFile;

    @BeforeEach
    void aNoteThenAnAnswer() {
        people = new People(api);
        long organization = people.organization(true);
        requester = people.customerOf(organization);
        follower = people.customer();
        colleague = people.customerOf(organization);
        agent = people.agent();
        secret = TicketMother.uniqueWord();
        ticketId = TicketMother.openedBy(requester, "Broken delivery").get("id").asLong();
        TicketMother.changed(agent, ticketId, Map.of("followerIds", List.of(follower.id())));
        var note = agent.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "credit-check.txt",
                "text/plain", ("score " + secret).getBytes(StandardCharsets.UTF_8), "body",
                "Credit check says " + secret, "visibility", "INTERNAL");
        noteFile = note.json().get("attachments").get(0).get("id").asLong();
        TicketMother.messagePosted(agent, ticketId, "A new parcel is on its way.", "PUBLIC");
    }

    @Test
    void theirEmailsCarryTheAnswerButNothingOfTheNote() {
        Eventually.until(() -> mailTo(requester), mail -> mail.contains("A new parcel"), "the answer to the requester");
        Eventually.until(() -> mailTo(follower), mail -> mail.contains("A new parcel"), "the answer to the follower");

        assertThat(mailTo(requester) + mailTo(follower)).doesNotContain(secret, "credit-check");
        assertThat(filesMailedTo(requester)).doesNotContain(noteFile);
        assertThat(filesMailedTo(follower)).doesNotContain(noteFile);
    }

    @Test
    void noneOfThemDownloadsTheNotesFile() {
        List<Person> customers = List.of(requester, follower, colleague);

        assertThat(customers).allSatisfy(customer -> {
            var fromApi = customer.api().get("/api/v1/attachments/" + noteFile);
            var fromPortal = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD)
                    .get("/portal/attachments/" + noteFile);

            assertThatProblem(fromApi).hasStatus(404);
            assertThat(fromPortal.status()).isEqualTo(404);
            assertThat(fromApi.text() + fromPortal.html()).doesNotContain(secret);
        });
    }

    @Test
    void noneOfThemReadsTheNote() {
        List<Person> customers = List.of(requester, follower, colleague);

        assertThat(customers).allSatisfy(customer -> {
            var messages = customer.api().get("/api/v1/tickets/" + ticketId + "/messages");
            var ticket = customer.api().get("/api/v1/tickets/" + ticketId);

            assertThat(messages.status()).isEqualTo(200);
            assertThat(messages.json()).hasSize(1);
            assertThat(messages.text() + ticket.text()).doesNotContain(secret, "credit-check");
        });
    }

    @Test
    void noSearchFindsTheNote() {
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", requester.email(), People.PASSWORD);

        var answers = List.of(requester.api().get("/api/v1/tickets?q=" + secret).text(),
                colleague.api().get("/api/v1/tickets?q=" + secret).text(),
                requester.api().get("/api/v1/kb/articles?q=" + secret).text(),
                portal.get("/portal/requests?state=all&q=" + secret).html(),
                portal.get("/portal/requests?show=organization&state=all&q=" + secret).html(),
                portal.get("/portal/kb/search?q=" + secret).html(),
                portal.get("/portal/kb/suggestions?subject=" + secret).html());

        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain("Broken delivery", "credit-check"));
        assertThat(requester.api().get("/api/v1/tickets?q=" + secret).json().get("total").asLong()).isZero();
    }

    private String mailTo(Person person) {
        return String.join("\n", jdbc.queryForList("select subject || ' ' || body_text || ' ' || coalesce(body_html, '')"
                + " from email_outbox where lower(recipient) = lower(?)", String.class, person.email()));
    }

    private List<Long> filesMailedTo(Person person) {
        return jdbc.queryForList("select unnest(attachment_ids) from email_outbox where lower(recipient) = lower(?)",
                Long.class, person.email());
    }
}
