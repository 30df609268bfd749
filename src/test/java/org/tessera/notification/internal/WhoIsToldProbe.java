package org.tessera.notification.internal;

import java.util.List;
import java.util.Set;
import org.tessera.conversation.MessageView;


/** The package-private rules of {@link WhoIsTold}, as "address:EVENT" lines for tests to read. */
public final class WhoIsToldProbe {

    private WhoIsToldProbe() {
    }

    public static List<String> aboutMessage(Participants ticket, MessageView message, Set<String> received) {
        return lines(WhoIsTold.aboutMessage(ticket, message, received));
    }

    public static List<String> aboutNewTicket(Participants ticket, boolean mayAnswer) {
        return lines(WhoIsTold.aboutNewTicket(ticket, mayAnswer));
    }

    public static List<String> aboutAssignment(Participants ticket, Long by) {
        return lines(WhoIsTold.aboutAssignment(ticket, by));
    }

    private static List<String> lines(List<Recipient> recipients) {
        return recipients.stream().map(r -> r.user().email() + ":" + r.event().name()).toList();
    }
}
