package org.tessera.email.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.email.Arrival;
import org.tessera.email.IntakeResult;
import org.tessera.email.internal.mime.MailAddress;
import org.tessera.email.internal.mime.MimeParser;
import org.tessera.email.internal.mime.ParsedMessage;
import org.tessera.identity.Actor;
import org.tessera.ticket.TicketQueries;

/**
 * Takes one raw email in, inside the caller's transaction: parse, claim its Message-ID (a second delivery of the
 * same message stops here and answers where the first one landed), run the filters in order, deliver. An email
 * that cannot be read, or that a filter holds, goes to the quarantine with the reason.
 */
@Component
public class Intake {

    private final MimeParser parser = new MimeParser();
    private final List<InboundFilter> filters;
    private final TicketDelivery delivery;
    private final EmailRecords records;
    private final Quarantine quarantine;
    private final TicketQueries tickets;
    private final Lookups lookups;
    private final Clock clock;

    Intake(List<InboundFilter> filters, TicketDelivery delivery, EmailRecords records, Quarantine quarantine,
           TicketQueries tickets, Lookups lookups, Optional<Clock> clock) {
        this.filters = filters;
        this.tickets = tickets;
        this.lookups = lookups;
        this.delivery = delivery;
        this.records = records;
        this.quarantine = quarantine;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public IntakeResult take(byte[] raw, String rawSha256, Arrival arrival, long maxMessageSize) {
        Instant now = now();
        ParsedMessage parsed;
        try {
            parsed = parser.parse(raw);
        } catch (RuntimeException unreadable) {
            return hold(null, rawSha256, raw.length, arrival, now, null, null,
                    "the email could not be read: " + unreadable);
        }
        String messageId = parsed.messageId() != null ? parsed.messageId()
                : EmailRecord.inventedMessageId(rawSha256);
        if (raw.length > maxMessageSize) {
            return hold(messageId, rawSha256, raw.length, arrival, now, parsed.from(), parsed.subject(),
                    "the email is larger than the limit of " + maxMessageSize / (1024 * 1024) + " MB");
        }
        Optional<Long> claim = records.claim(messageId, rawSha256, raw.length, arrival.via(), now);
        if (claim.isEmpty()) {
            return duplicateOf(messageId);
        }
        var inbound = new Inbound(parsed, arrival, messageId);
        for (InboundFilter filter : filters) {
            filter.apply(inbound);
            if (inbound.held()) {
                records.release(claim.get());
                return hold(messageId, rawSha256, raw.length, arrival, now, parsed.from(), parsed.subject(),
                        inbound.quarantineReason());
            }
        }
        return delivery.deliver(inbound, claim.get());
    }

    /** An email that could not be taken in at all, kept with the reason (the caller's transaction had failed). */
    public IntakeResult hold(byte[] raw, String rawSha256, Arrival arrival, String reason) {
        ParsedMessage parsed = null;
        try {
            parsed = parser.parse(raw);
        } catch (RuntimeException unreadable) {
            // Held as it is.
        }
        return hold(parsed == null || parsed.messageId() == null ? EmailRecord.inventedMessageId(rawSha256)
                        : parsed.messageId(), rawSha256, raw.length, arrival, now(),
                parsed == null ? null : parsed.from(), parsed == null ? null : parsed.subject(), reason);
    }

    /** Where the first delivery landed, so that the sender (an SMTP client, a script) hears the same answer. */
    private IntakeResult duplicateOf(String messageId) {
        return records.byMessageId(messageId)
                .map(earlier -> new IntakeResult(earlier.ticketId(), numberOf(earlier.ticketId()),
                        earlier.conversationMessageId(), earlier.id(), false, true, null, "already received",
                        earlier.threadedBy().name()))
                .orElseGet(() -> new IntakeResult(null, null, null, null, false, true, null, "already received", null));
    }

    private Long numberOf(Long ticketId) {
        return ticketId == null ? null
                : lookups.find(() -> tickets.get(ticketId, Actor.system()).number()).orElse(null);
    }

    private IntakeResult hold(String messageId, String rawSha256, long size, Arrival arrival, Instant at,
                              MailAddress from, String subject, String reason) {
        long id = quarantine.hold(messageId, rawSha256, size, arrival.mailboxId(), arrival.via(), at,
                from == null ? null : from.canonical(), subject, reason);
        return IntakeResult.quarantined(id, reason);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
