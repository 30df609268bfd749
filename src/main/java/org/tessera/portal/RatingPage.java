package org.tessera.portal;

import java.util.List;

/** A page of ratings for administrators, with the totals over all of them. */
public record RatingPage(List<RatingView> ratings, int page, int size, long total, long good, long bad) {

    /** The share of good ratings, 0–100, or -1 with no ratings yet. */
    public int percentGood() {
        return good + bad == 0 ? -1 : (int) Math.round(100.0 * good / (good + bad));
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
