package org.tessera.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.knowledge.KnowledgeFixtures.ids;
import static org.tessera.knowledge.KnowledgeFixtures.published;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** Search as readers expect it: titles first, word forms in English and Portuguese, accents optional. */
class SearchingArticlesTests extends IntegrationTest {

    private Api author;
    private String word;

    @BeforeEach
    void anAuthor() {
        author = new People(api).agent().api();
        word = TicketMother.uniqueWord();
    }

    @Test
    void anArticleWithTheWordsInItsTitleRanksAboveOneWithThemInItsBody() {
        long inBody = published(author, "Printer setup " + word, "Mentions the router once: router " + word, "PUBLIC")
                .get("id").asLong();
        long inTitle = published(author, "Router lights " + word, "What each light means " + word, "PUBLIC")
                .get("id").asLong();

        var found = ids(author.get("/api/v1/kb/articles?q=router%20" + word));

        assertThat(found).containsExactly(inTitle, inBody);
    }

    @Test
    void englishWordFormsFindEachOther() {
        long article = published(author, "Resetting passwords " + word, "When you forget it " + word, "PUBLIC")
                .get("id").asLong();

        assertThat(ids(author.get("/api/v1/kb/articles?q=reset%20password%20" + word))).contains(article);
    }

    @Test
    void portugueseWordFormsAndAccentsAreOptional() {
        long article = publishedInPortuguese("Configuração da impressora " + word,
                "Como configurar a impressão em rede " + word);

        assertThat(ids(author.get("/api/v1/kb/articles?q=configuracao%20" + word))).contains(article);
        assertThat(ids(author.get("/api/v1/kb/articles?q=impressoras%20" + word))).contains(article);
        assertThat(ids(author.get("/api/v1/kb/articles?q=configurar%20" + word))).contains(article);
    }

    @Test
    void popularArticlesLeadWithTheReadersLanguage() {
        published(author, "Popular in English " + word, "Body " + word, "PUBLIC");
        publishedInPortuguese("Popular em português " + word, "Corpo " + word);

        for (String language : java.util.List.of("pt", "en")) {
            var languages = knowledge.popular(Reader.anonymous(), java.util.Locale.forLanguageTag(language), 50).stream()
                    .map(ArticleSummary::language).toList();

            assertThat(languages).contains(language);
            assertThat(languages.subList(0, languages.lastIndexOf(language) + 1)).containsOnly(language);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    KnowledgeBase knowledge;

    private long publishedInPortuguese(String title, String body) {
        var request = new LinkedHashMap<String, Object>();
        request.put("title", title);
        request.put("body", body);
        request.put("audience", "PUBLIC");
        request.put("language", "pt");
        request.put("published", true);
        return author.post("/api/v1/kb/articles", request).json().get("id").asLong();
    }

    @Test
    void whenNoArticleHasAllTheWordsThoseWithSomeOfThemAreFound() {
        long article = published(author, "VPN drops " + word, "Reconnect the client " + word, "PUBLIC").get("id").asLong();

        assertThat(ids(author.get("/api/v1/kb/articles?q=" + word + "%20spaceship%20banana"))).contains(article);
    }

    @Test
    void resultsShowWhereTheWordsAreWithMarkupOfTheBodyEscaped() {
        published(author, "Scripts " + word, "Never paste <script>alert(1)</script> into the " + word + " box", "PUBLIC");

        var hit = author.get("/api/v1/kb/articles?q=" + word).json().get("items").get(0);

        assertThat(hit.get("snippet").asString()).contains("<mark>" + word + "</mark>").doesNotContain("<script>");
    }

    @Test
    void searchSyntaxThatIsNotWordsBreaksNothing() {
        var response = author.get("/api/v1/kb/articles?q=%27%29%3B%20%26%7C%21%3A*%20" + word);

        assertThat(response.status()).isEqualTo(200);
    }
}
