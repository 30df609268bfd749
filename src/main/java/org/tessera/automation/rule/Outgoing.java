package org.tessera.automation.rule;

import java.util.List;
import org.tessera.conversation.Visibility;

/** What a rule sends beyond changing fields: messages on the ticket, emails, webhook calls. */
public sealed interface Outgoing {

    record PostedMessage(Visibility visibility, String body) implements Outgoing {
    }

    record Email(Recipient recipient, List<String> addresses, String subject, String body) implements Outgoing {
    }

    record WebhookCall(String url, String secret) implements Outgoing {
    }
}
