package org.tessera.email.internal.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.mime.MailAddress;

/**
 * Which mailbox an email came to: the polled one it was fetched from, else the first mailbox among its envelope
 * recipients, then among To and Cc, else the support address. The mailbox decides the team and type of a new
 * ticket and the address replies come from.
 */
@Component
@Order(10)
class MailboxRouting implements InboundFilter {

    private final MailboxDirectory mailboxes;

    MailboxRouting(MailboxDirectory mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public void apply(Inbound inbound) {
        Long fetchedFrom = inbound.arrival().mailboxId();
        if (fetchedFrom != null) {
            mailboxes.byId(fetchedFrom).ifPresent(inbound::arrivedAt);
        }
        if (inbound.mailbox() == null) {
            var candidates = new ArrayList<String>(inbound.arrival().envelopeRecipients());
            candidates.addAll(inbound.parsed().envelopeRecipients());
            inbound.parsed().recipients().stream().map(MailAddress::canonical).forEach(candidates::add);
            inbound.arrivedAt(first(candidates).orElseGet(mailboxes::support));
        }
    }

    private java.util.Optional<Mailbox> first(List<String> addresses) {
        for (String address : addresses) {
            var found = mailboxes.receiving(address);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }
}
