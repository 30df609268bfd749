package org.tessera.email.internal.intake;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.mime.AutomaticMail;

/**
 * Mail that a machine sent (RFC 3834 Auto-Submitted, vacation replies, bulk and list mail, mail servers and their
 * delivery reports) still becomes a ticket or reply, but is never answered automatically: two systems acknowledging
 * each other would loop forever.
 */
@Component
@Order(30)
class AutoReplyDetection implements InboundFilter {

    @Override
    public void apply(Inbound inbound) {
        AutomaticMail automatic = inbound.parsed().automatic();
        if (automatic.any()) {
            inbound.mustNotBeAnswered(automatic.reasons());
        }
    }
}
