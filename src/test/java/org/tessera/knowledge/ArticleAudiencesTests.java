package org.tessera.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.knowledge.KnowledgeFixtures.ids;
import static org.tessera.knowledge.KnowledgeFixtures.published;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Articles for each audience, read by everyone who might try: an article a reader may not read is missing from every
 * list, page, search and suggestion, in the API and in the portal, exactly as if it did not exist.
 */
class ArticleAudiencesTests extends IntegrationTest {

    private People people;
    private String word;
    private long publicArticle;
    private long forCustomers;
    private long forAcme;
    private long internal;
    private long draft;
    private Person acmeCustomer;
    private Person globexCustomer;
    private Person loneCustomer;
    private Person collaborator;

    @BeforeEach
    void articlesForEveryAudience() {
        people = new People(api);
        word = TicketMother.uniqueWord();
        long acme = people.organization(false);
        long globex = people.organization(true);
        acmeCustomer = people.customerOf(acme);
        globexCustomer = people.customerOf(globex);
        loneCustomer = people.customer();
        collaborator = people.collaborator();
        var author = people.agent().api();
        publicArticle = published(author, "Public " + word, "Everyone reads " + word, "PUBLIC").get("id").asLong();
        forCustomers = published(author, "Customers " + word, "Signed in " + word, "CUSTOMERS").get("id").asLong();
        forAcme = published(author, "Acme " + word, "Only Acme " + word, "ORGANIZATIONS", acme).get("id").asLong();
        internal = published(author, "Internal " + word, "Agents only " + word, "INTERNAL").get("id").asLong();
        draft = KnowledgeFixtures.article(author, "Draft " + word, "Not yet " + word, "PUBLIC", false).get("id").asLong();
    }

    @Test
    void aCustomerOfAnotherOrganizationListsSearchesAndReadsOnlyWhatIsTheirs() {
        var globex = globexCustomer.api();

        assertThat(ids(globex.get("/api/v1/kb/articles?limit=500"))).contains(publicArticle, forCustomers)
                .doesNotContain(forAcme, internal, draft);
        assertThat(ids(globex.get("/api/v1/kb/articles?q=" + word))).containsExactlyInAnyOrder(publicArticle, forCustomers);
        assertThatProblem(globex.get("/api/v1/kb/articles/" + forAcme)).hasStatus(404);
        assertThatProblem(globex.get("/api/v1/kb/articles/" + internal)).hasStatus(404);
        assertThatProblem(globex.get("/api/v1/kb/articles/" + draft)).hasStatus(404);
    }

    @Test
    void theChosenOrganizationsCustomersReadIt() {
        var acme = acmeCustomer.api();

        assertThat(ids(acme.get("/api/v1/kb/articles?q=" + word)))
                .containsExactlyInAnyOrder(publicArticle, forCustomers, forAcme);
        assertThat(acme.get("/api/v1/kb/articles/" + forAcme).json().get("body").asString()).contains("Only Acme");
    }

    @Test
    void aRefusedArticleLooksExactlyLikeOneThatDoesNotExist() {
        var hidden = loneCustomer.api().get("/api/v1/kb/articles/" + forAcme);
        var missing = loneCustomer.api().get("/api/v1/kb/articles/" + Long.MAX_VALUE);

        assertThat(hidden.status()).isEqualTo(missing.status());
        assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }

    @Test
    void collaboratorsReadInternalArticlesButNotDrafts() {
        var colleague = collaborator.api();

        assertThat(ids(colleague.get("/api/v1/kb/articles?q=" + word)))
                .contains(publicArticle, forCustomers, forAcme, internal).doesNotContain(draft);
        assertThat(ids(colleague.get("/api/v1/kb/articles?drafts=true&limit=500"))).doesNotContain(draft);
    }

    @Test
    void authorsAlsoSeeDraftsWhenTheyAskForThem() {
        var author = people.agent().api();

        assertThat(ids(author.get("/api/v1/kb/articles?limit=500"))).doesNotContain(draft);
        assertThat(ids(author.get("/api/v1/kb/articles?drafts=true&limit=500"))).contains(draft);
        assertThat(author.get("/api/v1/kb/articles/" + draft).json().get("published").asBoolean()).isFalse();
    }

    @Test
    void votingOnAnArticleOneMayNotReadIsRefusedAsMissing() {
        var response = globexCustomer.api().post("/api/v1/kb/articles/" + forAcme + "/votes", Map.of("helpful", true));

        assertThatProblem(response).hasStatus(404);
        assertThat(acmeCustomer.api().get("/api/v1/kb/articles/" + forAcme).json().get("helpful").asInt()).isZero();
    }

    @Test
    void peopleWhoHaveNotSignedInReadOnlyPublicArticlesInThePortal() {
        var anonymous = new WebSession(baseUrl());

        var index = anonymous.get("/portal/kb");
        var search = anonymous.get("/portal/kb/search?q=" + word);
        var suggestions = anonymous.get("/portal/kb/suggestions?subject=" + word);

        assertThat(index.html()).doesNotContain("Customers " + word, "Acme " + word, "Internal " + word,
                "Draft " + word);
        assertThat(search.html()).contains("Public " + word).doesNotContain("Customers " + word, "Acme " + word,
                "Internal " + word);
        assertThat(suggestions.html()).contains("Public " + word).doesNotContain("Customers " + word,
                "Acme " + word, "Internal " + word);
        assertThat(anonymous.get("/portal/kb/articles/" + forCustomers).status()).isEqualTo(404);
        assertThat(anonymous.get("/portal/kb/articles/" + internal).status()).isEqualTo(404);
        assertThat(anonymous.get("/portal/kb/articles/" + draft).status()).isEqualTo(404);
    }

    @Test
    void aSignedInCustomerOfAnotherOrganizationFindsNothingOfTheOthersInThePortal() {
        var globex = WebSession.signedIn(baseUrl(), "/portal/login", globexCustomer.email(), People.PASSWORD);

        var index = globex.get("/portal/kb");
        var search = globex.get("/portal/kb/search?q=" + word);
        var suggestions = globex.get("/portal/kb/suggestions?subject=" + word);
        var page = globex.get("/portal/kb/articles/" + forAcme);

        assertThat(index.html()).doesNotContain("Acme " + word, "Internal " + word);
        assertThat(search.html()).contains("Customers " + word).doesNotContain("Acme " + word, "Internal " + word);
        assertThat(suggestions.html()).contains("Customers " + word).doesNotContain("Acme " + word);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).doesNotContain("Only Acme");
        assertThat(globex.post("/portal/kb/articles/" + forAcme + "/vote", Map.of("helpful", "true")).status())
                .isEqualTo(404);
    }
}
