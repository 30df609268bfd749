package org.tessera.bench.load;

/**
 * How big a helpdesk with this many tickets over ten years is: about 20 tickets per customer, 500 per
 * organization and 10,000 per agent, within bounds that keep the small sizes lively and the large ones plausible.
 */
record Sizes(int tickets, int organizations, int customers, int agents, int collaborators, int teams, int blobs) {

    static Sizes of(int tickets) {
        int agents = clamp(tickets / 10_000, 20, 100);
        return new Sizes(tickets, clamp(tickets / 500, 20, 2_000), clamp(tickets / 20, 500, 50_000), agents,
                clamp(agents / 5, 4, 20), clamp(agents / 8, 4, 12), clamp(tickets / 500, 50, 2_000));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
