package org.tessera.knowledge;

import java.time.Instant;

/**
 * An article as lists show it. {@code title} is the published title, or for an unpublished article (which only
 * authors ever list) its draft's. {@code snippet} is safe HTML: escaped text with the search words in {@code <mark>}.
 */
public record ArticleSummary(long id, String title, String slug, long categoryId, String categoryName,
                             Audience audience, String language, boolean published, boolean unpublishedChanges,
                             int position, Instant updatedAt, int helpful, int notHelpful, String snippet) {

    /** The article's address in the customer portal. */
    public String portalPath() {
        return "/portal/kb/articles/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }

    /** The article's address in the agent workspace. */
    public String workspacePath() {
        return "/kb/articles/" + id;
    }
}
