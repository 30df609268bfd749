package org.tessera.knowledge.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.Audience;

/**
 * An article in the API. Readers get what is published; authors also get the organizations of an
 * {@link Audience#ORGANIZATIONS} article and the draft, when it differs from what is published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleJson(long id, String title, String body, String html, Audience audience, List<Long> organizationIds,
                   long categoryId, String category, String language, boolean published, Instant publishedAt,
                   Instant updatedAt, int version, int helpful, int notHelpful, String url, Draft draft,
                   long lockVersion) {

    record Draft(String title, String body) {
    }

    static ArticleJson of(ArticleView a, boolean author) {
        return new ArticleJson(a.id(), a.title(), a.body(), a.html(), a.audience(),
                author ? a.organizationIds() : null, a.categoryId(), a.categoryName(), a.language(), a.published(),
                a.publishedAt(), a.updatedAt(), a.version(), a.helpful(), a.notHelpful(),
                url(a.audience(), a.portalPath(), a.workspacePath()),
                author && a.unpublishedChanges() ? new Draft(a.draftTitle(), a.draftBody()) : null, a.lockVersion());
    }

    /** Where a person reads it: the portal, except for internal articles, which live in the agent workspace. */
    static String url(Audience audience, String portalPath, String workspacePath) {
        return audience == Audience.INTERNAL ? workspacePath : portalPath;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(long id, String title, Audience audience, long categoryId, String category, String language,
                   boolean published, Instant updatedAt, int helpful, int notHelpful, String url, String snippet) {

        static Summary of(ArticleSummary a) {
            return new Summary(a.id(), a.title(), a.audience(), a.categoryId(), a.categoryName(), a.language(),
                    a.published(), a.updatedAt(), a.helpful(), a.notHelpful(),
                    ArticleJson.url(a.audience(), a.portalPath(), a.workspacePath()), a.snippet());
        }
    }
}
