package org.tessera.email;

/**
 * What became of an inbound email: the ticket and conversation message it is now (with {@code created} when it
 * opened the ticket), or the earlier delivery it duplicates, or the quarantine entry that holds it and why.
 */
public record IntakeResult(Long ticketId, Long ticketNumber, Long messageId, Long emailId, boolean created,
                           boolean duplicate, Long quarantineId, String reason, String threadedBy) {

    public static IntakeResult quarantined(long quarantineId, String reason) {
        return new IntakeResult(null, null, null, null, false, false, quarantineId, reason, null);
    }

    public boolean isQuarantined() {
        return quarantineId != null;
    }
}
