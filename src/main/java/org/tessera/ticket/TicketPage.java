package org.tessera.ticket;

import java.util.List;

/**
 * One page of a ticket list. Counting stops at {@link #COUNT_LIMIT}: past that, "10,000+" is as useful as the exact
 * figure and far cheaper on a large history.
 */
public record TicketPage(List<TicketRow> rows, int page, int size, long total, boolean totalIsExact) {

    public static final int COUNT_LIMIT = 10_000;
    /** Where counting stops for a search by words in the subject: "1,000+" matches is enough to say "refine it". */
    public static final int SEARCH_COUNT_LIMIT = 1_000;

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
