package org.tessera.email;

import java.util.List;

/**
 * How an email reached Tessera: which way ({@code via}, for the record), into which mailbox when that is known (a
 * polled mailbox), and the envelope recipients an SMTP client named (which may differ from the To header).
 */
public record Arrival(String via, Long mailboxId, List<String> envelopeRecipients) {

    public static Arrival smtp(List<String> recipients) {
        return new Arrival("smtp", null, List.copyOf(recipients));
    }

    public static Arrival mailbox(long mailboxId, String protocol) {
        return new Arrival(protocol.toLowerCase(java.util.Locale.ROOT), mailboxId, List.of());
    }

    public static Arrival upload() {
        return new Arrival("upload", null, List.of());
    }

    public static Arrival api() {
        return new Arrival("api", null, List.of());
    }
}
