package org.tessera.email.internal.intake;

import java.time.Instant;
import java.util.List;
import org.tessera.email.Threading;

/** One inbound email as recorded: where it came from, what it said on its envelope, and where it landed. */
public record EmailRecord(long id, String messageId, String rawSha256, long rawSize, Long mailboxId, String receivedVia,
                          Instant receivedAt, Long ticketId, Long conversationMessageId, String fromAddress,
                          String fromName, String to, String cc, String subject, Instant sentAt, String inReplyTo,
                          List<String> references, String automatic, boolean bulk, Threading threadedBy,
                          String threadingDetail, Instant parsedAt, String problems) {

    /** Where the Message-ID of an email that came without one is made up (from its content, to take it once). */
    public static final String INVENTED_ID_DOMAIN = "@no-message-id.invalid";

    static String inventedMessageId(String rawSha256) {
        return rawSha256 + INVENTED_ID_DOMAIN;
    }

    /** Whether the sender's client gave the email this Message-ID, so that an answer may refer to it. */
    public boolean hasSendersMessageId() {
        return messageId != null && !messageId.endsWith(INVENTED_ID_DOMAIN);
    }

    /** Every address the email was written to, lower case. */
    public List<String> recipientAddresses() {
        var all = new java.util.ArrayList<String>();
        for (String list : new String[] {to, cc}) {
            for (var a : org.tessera.email.internal.mime.AddressParser.parse(list)) {
                all.add(a.canonical());
            }
        }
        return all;
    }
}
