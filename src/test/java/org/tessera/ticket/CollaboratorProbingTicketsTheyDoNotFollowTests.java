package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/**
 * A collaborator signs in to the agent's pages, which they may use, and tries every page and action on a customer's
 * ticket they neither requested nor follow: each answers exactly as for a ticket that does not exist.
 */
class CollaboratorProbingTicketsTheyDoNotFollowTests extends IntegrationTest {

    private static final Pattern LEAD = Pattern.compile("<p class=\"lead\">([^<]*)</p>");

    private People people;
    private Person agent;
    private String word;
    private JsonNode hidden;
    private long missing;
    private WebSession collaborator;

    @BeforeEach
    void aCustomersTicketWithAFileAndANote() {
        people = new People(api);
        agent = people.agent();
        word = TicketMother.uniqueWord();
        hidden = TicketMother.openedBy(people.customer(), "Salary review " + word);
        TicketMother.messagePosted(agent, id(), "Raise approved for " + word, "INTERNAL");
        missing = hidden.get("number").asLong() + 1_000_000;
        collaborator = WebSession.signedIn(baseUrl(), "/login", people.collaborator().email(), People.PASSWORD);
    }

    @Test
    void itsPageAnswersAsIfItDidNotExist() {
        var page = collaborator.get("/tickets/" + number());
        var none = collaborator.get("/tickets/" + missing);

        assertThat(page.status()).isEqualTo(404).isEqualTo(none.status());
        assertThat(lead(page.html())).isEqualTo(lead(none.html()));
        assertThat(page.html()).doesNotContain(word, "Salary review");
    }

    @Test
    void itsPartsAnswerAsIfItDidNotExist() {
        var sla = collaborator.get("/tickets/" + number() + "/sla");
        var slaOfNone = collaborator.get("/tickets/" + missing + "/sla");
        var picker = collaborator.get("/kb/picker?ticket=" + number());
        var pickerOfNone = collaborator.get("/kb/picker?ticket=" + missing);

        assertThat(sla.status()).isEqualTo(404);
        assertThat(lead(sla.html())).isEqualTo(lead(slaOfNone.html()));
        assertThat(picker.status()).isEqualTo(404);
        assertThat(lead(picker.html())).isEqualTo(lead(pickerOfNone.html()));
    }

    @Test
    void itCannotBeWrittenOnNorFollowed() {
        var note = collaborator.post("/tickets/" + number() + "/messages",
                Map.of("body", "Sneaking a note in", "visibility", "INTERNAL"));
        var follow = collaborator.post("/tickets/" + number() + "/follow", Map.of("following", "true"));

        assertThat(note.status()).isEqualTo(404);
        assertThat(follow.status()).isEqualTo(404);
        var ticket = agent.api().get("/api/v1/tickets/" + id()).json();
        assertThat(ticket.get("followers")).isEmpty();
        assertThat(agent.api().get("/api/v1/tickets/" + id() + "/messages").text()).doesNotContain("Sneaking");
    }

    @Test
    void itsFilesDoNotDownload() {
        var upload = agent.api().upload("/api/v1/tickets/" + id() + "/attachments", "payslip.pdf", "application/pdf",
                "%PDF-1.4 salary".getBytes(), "body", "Payslip");
        long file = upload.json().get("attachments").get(0).get("id").asLong();

        var download = collaborator.get("/attachments/" + file);

        assertThat(download.status()).isEqualTo(404);
        assertThat(download.html()).doesNotContain("%PDF");
    }

    @Test
    void itIsInNoListSearchOrFilter() {
        String requester = hidden.get("requester").get("email").asString();

        var byWord = collaborator.get("/tickets?q=" + word);
        var byNumber = collaborator.get("/tickets?q=%23" + number());
        var byRequester = collaborator.get("/tickets?requester=" + requester + "&category=NEW,OPEN");
        var recent = collaborator.get("/tickets?view=recent");

        assertThat(byWord.status()).isEqualTo(200);
        assertThat(byWord.html() + byNumber.html() + byRequester.html() + recent.html())
                .doesNotContain("Salary review");
    }

    @Test
    void itsEmailsAndTheImportAreForAgentsOnly() {
        assertThat(collaborator.get("/email/import").status()).isEqualTo(403);
        assertThat(collaborator.get("/email/messages/1/raw").status()).isEqualTo(403);
        assertThat(collaborator.get("/email/messages/" + Long.MAX_VALUE + "/raw").status()).isEqualTo(403);
    }

    private static String lead(String html) {
        Matcher m = LEAD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No error text on the page: " + html);
        }
        return m.group(1);
    }

    private long id() {
        return hidden.get("id").asLong();
    }

    private long number() {
        return hidden.get("number").asLong();
    }
}
