package org.tessera.email.internal.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.MessageIds;
import org.tessera.email.internal.mime.MailAddress;

/**
 * Mail that must not become a ticket because it is part of a loop: mail Tessera sent that came back to one of its
 * own mailboxes, mail from one of Tessera's own addresses, and a sender writing faster than any person does.
 */
@Component
@Order(20)
class LoopDetection implements InboundFilter {

    static final int FLOOD = 30;
    static final Duration FLOOD_WINDOW = Duration.ofMinutes(10);

    private final MessageIds ids;
    private final MailboxDirectory mailboxes;
    private final EmailRecords records;
    private final Clock clock;

    LoopDetection(MessageIds ids, MailboxDirectory mailboxes, EmailRecords records, Optional<Clock> clock) {
        this.ids = ids;
        this.mailboxes = mailboxes;
        this.records = records;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void apply(Inbound inbound) {
        if (ids.ticketNumberIn(inbound.messageId()).isPresent()) {
            inbound.quarantine("Tessera sent this email itself (its Message-ID is ours); it came back, so a mailbox"
                    + " or forwarding rule loops");
            return;
        }
        MailAddress from = inbound.parsed().from();
        if (from == null) {
            return;
        }
        if (mailboxes.isOurs(from.canonical())) {
            inbound.quarantine("sent from " + from.canonical() + ", one of Tessera's own addresses: answering it would"
                    + " start a mail loop");
            return;
        }
        if (records.countFrom(from.canonical(), clock.instant().minus(FLOOD_WINDOW)) >= FLOOD) {
            inbound.quarantine(from.canonical() + " sent more than " + FLOOD + " emails in "
                    + FLOOD_WINDOW.toMinutes() + " minutes: probably an auto-responder loop");
        }
    }
}
