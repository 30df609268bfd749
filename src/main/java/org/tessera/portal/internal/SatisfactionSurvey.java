package org.tessera.portal.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tessera.portal.Satisfaction;
import org.tessera.ticket.TicketChanged;

/** Asks for a rating when a ticket's status changes: {@link Satisfaction#ask} decides whether it is time, once. */
@Component
class SatisfactionSurvey {

    private final Satisfaction satisfaction;

    SatisfactionSurvey(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @ApplicationModuleListener
    void on(TicketChanged changed) {
        if (changed.changed("status") || changed.changed("type")) {
            satisfaction.ask(changed.ticketId());
        }
    }
}
