package org.tessera.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** Drafts and published versions: readers see what was published last, authors work on the next version meanwhile. */
class WritingArticlesTests extends IntegrationTest {

    private People people;
    private Api author;
    private Api reader;

    @BeforeEach
    void anAuthorAndAReader() {
        people = new People(api);
        author = people.agent().api();
        reader = people.customer().api();
    }

    @Test
    void anArticlePublishedAsItIsCreatedSaysSo() {
        var created = KnowledgeFixtures.published(author, "Opening hours", "We open at nine.", "PUBLIC");

        assertThat(created.get("published").asBoolean()).isTrue();
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("html").asString()).contains("We open at nine.");
    }

    @Test
    void readersKeepSeeingThePublishedTextWhileTheDraftChanges() {
        long id = KnowledgeFixtures.published(author, "Opening hours", "We open at **nine**.", "PUBLIC").get("id").asLong();

        var saved = author.patch("/api/v1/kb/articles/" + id, Map.of("body", "We open at ten."));

        assertThat(saved.json().get("draft").get("body").asString()).isEqualTo("We open at ten.");
        var read = reader.get("/api/v1/kb/articles/" + id).json();
        assertThat(read.get("body").asString()).isEqualTo("We open at **nine**.");
        assertThat(read.get("html").asString()).contains("<strong>nine</strong>");
        assertThat(read.has("draft")).isFalse();
    }

    @Test
    void publishingMakesTheDraftTheNextVersion() {
        long id = KnowledgeFixtures.published(author, "Opening hours", "Nine.", "PUBLIC").get("id").asLong();

        author.patch("/api/v1/kb/articles/" + id, Map.of("body", "Ten.", "published", true));

        var read = reader.get("/api/v1/kb/articles/" + id).json();
        assertThat(read.get("body").asString()).isEqualTo("Ten.");
        assertThat(read.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void unpublishingTakesItOutOfEveryReadersSight() {
        String word = TicketMother.uniqueWord();
        long id = KnowledgeFixtures.published(author, "Old price list " + word, "Prices", "PUBLIC").get("id").asLong();

        author.patch("/api/v1/kb/articles/" + id, Map.of("published", false));

        assertThatProblem(reader.get("/api/v1/kb/articles/" + id)).hasStatus(404);
        assertThat(KnowledgeFixtures.ids(reader.get("/api/v1/kb/articles?q=" + word))).isEmpty();
    }

    @Test
    void customersAndCollaboratorsDoNotWrite() {
        var byCustomer = reader.post("/api/v1/kb/articles", Map.of("title", "Mine", "body", "x", "audience", "PUBLIC"));
        var byCollaborator = people.collaborator().api().post("/api/v1/kb/articles",
                Map.of("title", "Mine", "body", "x", "audience", "INTERNAL"));

        assertThatProblem(byCustomer).hasStatus(403);
        assertThatProblem(byCollaborator).hasStatus(403);
    }

    @Test
    void anArticleForOrganizationsNamesAtLeastOneThatExists() {
        var none = author.post("/api/v1/kb/articles", Map.of("title", "Acme only", "body", "x",
                "audience", "ORGANIZATIONS"));
        var unknown = author.post("/api/v1/kb/articles", Map.of("title", "Acme only", "body", "x",
                "audience", "ORGANIZATIONS", "organizationIds", List.of(Long.MAX_VALUE)));

        assertThatProblem(none).hasStatus(400).namesField("organizationIds");
        assertThatProblem(unknown).hasStatus(400).namesField("organizationIds");
    }

    @Test
    void anArticleNeedsATitleAndAKnownAudience() {
        assertThatProblem(author.post("/api/v1/kb/articles", Map.of("body", "x", "audience", "PUBLIC")))
                .hasStatus(400).namesField("title");
        assertThatProblem(author.post("/api/v1/kb/articles", Map.of("title", "T", "audience", "EVERYONE")))
                .hasStatus(400).namesField("audience");
    }

    @Test
    void aSaveOverAColleaguesNewerEditIsRefused() {
        var created = KnowledgeFixtures.published(author, "Hours", "Nine.", "PUBLIC");
        long id = created.get("id").asLong();
        long seen = created.get("lockVersion").asLong();
        author.patch("/api/v1/kb/articles/" + id, Map.of("body", "Ten."));

        var stale = author.patch("/api/v1/kb/articles/" + id, Map.of("body", "Eleven.", "lockVersion", seen));

        assertThatProblem(stale).hasStatus(409).namesField("version");
    }
}
