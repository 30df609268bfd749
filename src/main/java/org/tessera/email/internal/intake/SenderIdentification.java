package org.tessera.email.internal.intake;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.mime.MailAddress;
import org.tessera.identity.Directory;
import org.tessera.identity.UserManagement;

/**
 * Who wrote the email: the user with the sender's address (an agent's mail is recorded as from that agent), or a
 * new customer, placed in the organization that claims the address's domain. Mail without any usable sender
 * address cannot be answered or attributed, and is held.
 */
@Component
@Order(40)
class SenderIdentification implements InboundFilter {

    private final Directory directory;
    private final UserManagement users;

    SenderIdentification(Directory directory, UserManagement users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public void apply(Inbound inbound) {
        MailAddress from = inbound.parsed().from();
        if (from == null || !from.isValid()) {
            inbound.quarantine("no sender address could be read" + (from == null ? "" : " (From: " + from + ")"));
            return;
        }
        var known = directory.userByEmail(from.canonical());
        if (known.isPresent() && known.get().email().equalsIgnoreCase(Directory.SYSTEM_EMAIL)) {
            inbound.quarantine("sent as Tessera's own system account");
            return;
        }
        inbound.sentBy(known.orElseGet(() -> users.findOrCreateCustomer(from.canonical(), from.name())));
    }
}
