package org.tessera.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.knowledge.KnowledgeFixtures.ids;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * A category holding one public article and the helpdesk's own articles (one for a single organization, one internal,
 * one draft). Readers outside an article's audience meet it nowhere: not in the category's lists, not beside another
 * article, not in the categories, not in the composer's picker as something the requester may open.
 */
class ACategoryOfHiddenArticlesTests extends IntegrationTest {

    private People people;
    private Api author;
    private String word;
    private long category;
    private long hiddenCategory;
    private long publicArticle;
    private long forAcme;
    private long internal;
    private long draft;
    private Person stranger;

    @BeforeEach
    void articlesInTwoCategories() {
        people = new People(api);
        author = people.agent().api();
        word = TicketMother.uniqueWord();
        long acme = people.organization(false);
        stranger = people.customerOf(people.organization(false));
        category = category("Billing " + word);
        hiddenCategory = category("Escalations " + word);
        publicArticle = article("Pay an invoice " + word, "PUBLIC", category, true);
        forAcme = article("Acme discount " + word, "ORGANIZATIONS", category, true, acme);
        internal = article("Refund limits " + word, "INTERNAL", category, true);
        draft = article("New prices " + word, "PUBLIC", category, false);
        article("Who to call at night " + word, "INTERNAL", hiddenCategory, true);
    }

    @Test
    void theCategoryListsOnlyWhatTheReaderMayRead() {
        var theirs = ids(stranger.api().get("/api/v1/kb/articles?category=" + category));
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", stranger.email(), People.PASSWORD);
        var page = portal.get("/portal/kb/categories/" + category);

        assertThat(theirs).containsExactly(publicArticle);
        assertThat(page.html()).contains("Pay an invoice").doesNotContain("Acme discount", "Refund limits",
                "New prices");
    }

    @Test
    void aCategoryOfOnlyInternalArticlesDoesNotExistForCustomersNorVisitors() {
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", stranger.email(), People.PASSWORD);
        var visitor = new WebSession(baseUrl());

        var categories = stranger.api().get("/api/v1/kb/categories");
        var itsPage = portal.get("/portal/kb/categories/" + hiddenCategory);
        var forVisitor = visitor.get("/portal/kb/categories/" + hiddenCategory);
        var missing = visitor.get("/portal/kb/categories/" + Long.MAX_VALUE);

        assertThat(categories.text()).doesNotContain("Escalations " + word).contains("Billing " + word);
        assertThat(itsPage.status()).isEqualTo(404);
        assertThat(forVisitor.status()).isEqualTo(404);
        assertThat(forVisitor.status()).isEqualTo(missing.status());
        assertThat(itsPage.html() + forVisitor.html()).doesNotContain("Escalations " + word);
        assertThat(visitor.get("/portal/kb").html()).doesNotContain("Escalations " + word, "Who to call");
    }

    @Test
    void thePublicArticlesPageSuggestsNoHiddenNeighbour() {
        var visitor = new WebSession(baseUrl());

        var page = visitor.get("/portal/kb/articles/" + publicArticle);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("Acme discount", "Refund limits", "New prices");
    }

    @Test
    void collaboratorsReadInternalArticlesButNeitherDraftsNorTheirVersions() {
        var colleague = WebSession.signedIn(baseUrl(), "/login", people.collaborator().email(), People.PASSWORD);

        var internalPage = colleague.get("/kb/articles/" + internal);
        var draftPage = colleague.get("/kb/articles/" + draft);
        var editor = colleague.get("/kb/articles/" + internal + "/edit");

        assertThat(internalPage.status()).isEqualTo(200);
        assertThat(draftPage.status()).isEqualTo(404);
        assertThat(draftPage.html()).doesNotContain("New prices");
        assertThat(editor.status()).isEqualTo(403);
    }

    @Test
    void theComposersPickerTellsWhichArticlesTheRequesterCannotOpen() {
        var customer = people.customer();
        long number = TicketMother.openedBy(customer, "Invoice " + word).get("number").asLong();
        var agent = WebSession.signedIn(baseUrl(), "/login", people.agent().email(), People.PASSWORD);

        var picker = agent.get("/kb/picker?ticket=" + number + "&kbq=" + word);

        assertThat(picker.status()).isEqualTo(200);
        assertThat(hiddenMark(picker.html(), "Refund limits")).isTrue();
        assertThat(hiddenMark(picker.html(), "Acme discount")).isTrue();
        assertThat(hiddenMark(picker.html(), "Pay an invoice")).isFalse();
        assertThat(picker.html()).doesNotContain("New prices");
    }

    @Test
    void votingOnADraftOrAnInternalArticleIsRefusedAsMissing() {
        var onDraft = stranger.api().post("/api/v1/kb/articles/" + draft + "/votes", Map.of("helpful", true));
        var onInternal = stranger.api().post("/api/v1/kb/articles/" + internal + "/votes", Map.of("helpful", false));
        var onAcme = stranger.api().post("/api/v1/kb/articles/" + forAcme + "/votes", Map.of("helpful", false));

        assertThat(List.of(onDraft, onInternal, onAcme)).allSatisfy(r -> assertThatProblem(r).hasStatus(404));
        assertThat(author.get("/api/v1/kb/articles/" + internal).json().get("notHelpful").asInt()).isZero();
    }

    /** Whether the picker's entry for this title carries "The requester cannot open it". */
    private static boolean hiddenMark(String html, String title) {
        int at = html.indexOf(title);
        if (at < 0) {
            throw new AssertionError("The picker does not list " + title);
        }
        int end = html.indexOf("</button>", at);
        return html.substring(at, end).contains("cannot open");
    }

    private long category(String name) {
        var created = author.post("/api/v1/kb/categories", Map.of("name", name));
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        return created.json().get("id").asLong();
    }

    private long article(String title, String audience, long categoryId, boolean published, Long... organizations) {
        var request = new LinkedHashMap<String, Object>();
        request.put("title", title);
        request.put("body", "About " + title);
        request.put("audience", audience);
        request.put("published", published);
        request.put("categoryId", categoryId);
        if (organizations.length > 0) {
            request.put("organizationIds", List.of(organizations));
        }
        var created = author.post("/api/v1/kb/articles", request);
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        return created.json().get("id").asLong();
    }
}
