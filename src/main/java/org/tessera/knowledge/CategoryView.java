package org.tessera.knowledge;

/** A category with the number of articles in it that the reader may see (authors: every article). */
public record CategoryView(long id, String name, String description, int position, long articles) {
}
