package org.tessera.email.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finding mailboxes by what mail says: the one an address reaches (plus addresses included), whether an address is
 * one of ours, and the support address, which is a mailbox out of the box.
 */
@Component
public class MailboxDirectory {

    private final Mailboxes mailboxes;
    private final EmailSettings settings;
    private final JdbcTemplate jdbc;

    MailboxDirectory(Mailboxes mailboxes, EmailSettings settings, JdbcTemplate jdbc) {
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    public Optional<Mailbox> byId(long id) {
        return mailboxes.configured().stream().filter(m -> m.id() == id).findFirst().or(() -> mailboxes.byId(id));
    }

    public List<Mailbox> all() {
        return mailboxes.configured();
    }

    /** The active mailbox mail to this address reaches. */
    public Optional<Mailbox> receiving(String address) {
        return mailboxes.configured().stream().filter(m -> m.active() && m.receives(address)).findFirst();
    }

    /** Whether an address belongs to Tessera: a mailbox, a plus address of one, or the support address. */
    public boolean isOurs(String address) {
        if (address == null) {
            return false;
        }
        return address.equalsIgnoreCase(settings.supportAddress())
                || mailboxes.configured().stream().anyMatch(m -> m.receives(address));
    }

    /** The mailbox of the support address (TESSERA_SUPPORT_ADDRESS), made when missing. */
    public Mailbox support() {
        String address = settings.supportAddress();
        Optional<Mailbox> known = mailboxes.configured().stream()
                .filter(m -> m.address().equalsIgnoreCase(address)).findFirst();
        return known.or(() -> mailboxes.byAddress(address)).orElseGet(() -> {
            jdbc.update("insert into email_mailbox (name, address) values (?, ?) on conflict do nothing",
                    settings.supportName(), settings.supportAddress());
            mailboxes.changed();
            return mailboxes.byAddress(settings.supportAddress()).orElseThrow();
        });
    }
}
