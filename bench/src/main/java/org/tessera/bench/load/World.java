package org.tessera.bench.load;

import java.util.Map;

/**
 * Everything a chunk of tickets is written against: the people, workflows and files already loaded, the time
 * span, and where each ticket's ids start. Immutable, shared by the loading threads.
 *
 * @param messageOffsets for ticket i, how many messages the tickets before it have: message ids are assigned
 *                       up front, so chunks written in parallel never collide and attachments can point at them
 */
record World(int tickets, long seed, long start, long now, long firstTicketId, long firstNumber,
             long firstMessageId, long[] messageOffsets, Map<String, Schema.Type> types, People people,
             BlobPool blobs, Long systemAccount) {

    static final long DAY = 86_400;
    static final long YEARS = 3_652 * DAY;

    long span() {
        return now - start;
    }

    /** 5% of tickets (every number divisible by 20) have 20 messages; the rest 1 to 19, mostly few. */
    static int messageCount(long seed, long number) {
        if (number % 20 == 0) {
            return 20;
        }
        long h = mix(seed ^ (number * 0x9E3779B97F4A7C15L));
        double u = ((h >>> 11) + 0.5) / (1L << 53);
        return 1 + (int) Math.min(18, Math.floor(-Math.log(u) * 3.0));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
