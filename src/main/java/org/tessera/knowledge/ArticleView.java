package org.tessera.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One article. Readers get the published text ({@code title}, {@code body} in Markdown, {@code html} rendered and
 * sanitized); authors also get the draft being written ({@code draftTitle}, {@code draftBody}) and the organizations
 * of an {@link Audience#ORGANIZATIONS} article. {@code version} counts the publications.
 */
public record ArticleView(long id, long categoryId, String categoryName, String title, String slug, String body,
                          String html, Audience audience, List<Long> organizationIds, String language,
                          Instant publishedAt, Instant createdAt, Instant updatedAt, int version, int position,
                          int helpful, int notHelpful, String draftTitle, String draftBody, long lockVersion) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean unpublishedChanges() {
        return draftTitle != null && (!published() || !draftTitle.equals(title) || !draftBody.equals(body));
    }

    public String portalPath() {
        return "/portal/kb/articles/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }

    public String workspacePath() {
        return "/kb/articles/" + id;
    }
}
