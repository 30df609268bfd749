package org.tessera.email.internal.mime;

import java.util.Locale;
import org.tessera.identity.Emails;

/** One mailbox of an address header: the display name (may be empty) and the address. */
public record MailAddress(String name, String address) {

    public MailAddress {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        address = address == null ? "" : address.strip();
    }

    public boolean isValid() {
        return Emails.isValid(address);
    }

    public String canonical() {
        return address.toLowerCase(Locale.ROOT);
    }

    /** "Ana Souza <ana@example.com>", or the bare address when there is no name. */
    @Override
    public String toString() {
        if (name.isEmpty()) {
            return address;
        }
        String shown = name.matches(".*[,;:<>@()\\[\\]\"\\\\].*") ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : name;
        return address.isEmpty() ? shown : shown + " <" + address + ">";
    }
}
