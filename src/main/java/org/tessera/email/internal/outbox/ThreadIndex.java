package org.tessera.email.internal.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * Outlook's Thread-Index: a 22-byte header (the conversation's start as FILETIME and a GUID) that every message of a
 * conversation shares, plus one 5-byte block per reply. Outlook groups a conversation by it, where other clients use
 * References; we derive the GUID from the ticket, so every email about one ticket is one conversation.
 */
final class ThreadIndex {

    /** 100-nanosecond intervals between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L;
    private static final int MAX_REPLIES = 30;

    private ThreadIndex() {
    }

    static String of(long ticketId, Instant started, int replies, Instant now) {
        long start = filetime(started);
        var buffer = ByteBuffer.allocate(22 + 5 * Math.min(replies, MAX_REPLIES));
        buffer.put((byte) 0x01);
        for (int shift = 48; shift >= 16; shift -= 8) {
            buffer.put((byte) (start >>> shift));
        }
        buffer.put(guid(ticketId));
        long delta = Math.max(0, filetime(now) - start);
        for (int i = 1; i <= Math.min(replies, MAX_REPLIES); i++) {
            long step = delta * i / Math.max(1, Math.min(replies, MAX_REPLIES));
            long bits = (step >>> 18) & 0x7FFFFFFFL;
            long block = (bits << 8) | (i & 0xFF);
            for (int shift = 32; shift >= 0; shift -= 8) {
                buffer.put((byte) (block >>> shift));
            }
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static long filetime(Instant at) {
        return at.getEpochSecond() * 10_000_000L + at.getNano() / 100 + FILETIME_EPOCH_OFFSET;
    }

    private static byte[] guid(long ticketId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("tessera-ticket-" + ticketId).getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
