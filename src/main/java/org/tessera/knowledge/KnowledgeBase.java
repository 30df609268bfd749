package org.tessera.knowledge;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.knowledge.internal.ArticleSearch;
import org.tessera.knowledge.internal.Votes;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/**
 * Reading the knowledge base, always as a {@link Reader}: categories, articles, search, suggestions and votes only
 * ever reach what the reader's audience allows. An article the reader may not read answers {@link NotFound}, exactly
 * like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeBase {

    public static final int MAX_RESULTS = 50;
    public static final int MAX_QUERY = 200;

    private final ArticleSearch search;
    private final Votes votes;

    KnowledgeBase(ArticleSearch search, Votes votes) {
        this.search = search;
        this.votes = votes;
    }

    /** The categories that hold something the reader may read, with how many articles each. */
    public List<CategoryView> categories(Reader reader) {
        return search.categories(reader, false);
    }

    /** The published articles of a category the reader may read, in the order authors gave them (FAQ order). */
    public List<ArticleSummary> articles(long categoryId, Reader reader) {
        return search.inCategory(categoryId, reader, false);
    }

    /**
     * The articles readers found most helpful, those in the reader's language first (a help center shown in
     * Portuguese leads with Portuguese articles, and still offers the others when it has few).
     */
    public List<ArticleSummary> popular(Reader reader, Locale language, int limit) {
        return search.popular(reader, language.getLanguage(), Math.min(Math.max(limit, 1), MAX_RESULTS));
    }

    /** Every published article the reader may read, in category and FAQ order. */
    public List<ArticleSummary> all(Reader reader, int limit) {
        return search.all(reader, false, Math.min(Math.max(limit, 1), 500));
    }

    public ArticleView article(long id, Reader reader) {
        return search.article(id, reader, false).orElseThrow(() -> new NotFound("Article"));
    }

    public List<ArticleSummary> search(String text, Reader reader, int limit) {
        return search.search(query(text), reader, false, Math.min(Math.max(limit, 1), MAX_RESULTS));
    }

    /** Articles for a request a customer is typing; empty for fewer than three letters. */
    public List<ArticleSummary> suggest(String text, Reader reader, int limit) {
        return search.suggest(query(text), reader, Math.min(Math.max(limit, 1), 10));
    }

    /** Which of these articles the reader may read: for an agent, which links a customer will be able to open. */
    public java.util.Set<Long> readable(java.util.Collection<Long> ids, Reader reader) {
        return search.readable(ids, reader);
    }

    /**
     * A reader says whether the article helped; voting again changes their vote. {@code browserKey} stands for a
     * reader who has not signed in.
     */
    @Transactional
    public void vote(long articleId, boolean helpful, Reader reader, String browserKey) {
        if (!search.canRead(articleId, reader)) {
            throw new NotFound("Article");
        }
        if (reader.userId() == null && (browserKey == null || browserKey.isBlank())) {
            throw new InvalidInput("voter", "a vote needs a reader");
        }
        votes.cast(articleId, reader.voterKey(browserKey), helpful);
    }

    /** The reader's own vote on an article they may read: true, false, or null for none. */
    public Boolean voteOf(long articleId, Reader reader, String browserKey) {
        if (reader.userId() == null && (browserKey == null || browserKey.isBlank())) {
            return null;
        }
        return votes.of(articleId, reader.voterKey(browserKey));
    }

    private static String query(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.strip();
        return clean.length() > MAX_QUERY ? clean.substring(0, MAX_QUERY) : clean;
    }
}
