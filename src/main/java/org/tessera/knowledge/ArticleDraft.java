package org.tessera.knowledge;

import java.util.List;

/**
 * What an author writes: the text (Markdown) and the article's settings. A null category means the first one (a
 * "General" category is made when there is none); a null language means English.
 */
public record ArticleDraft(String title, String body, Audience audience, List<Long> organizationIds, Long categoryId,
                           String language) {
}
