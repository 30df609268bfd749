package org.tessera.knowledge;

import java.time.Instant;

/** One publication of an article, as its history lists it. */
public record ArticleVersionView(int number, String title, String body, String publishedBy, Instant publishedAt) {
}
