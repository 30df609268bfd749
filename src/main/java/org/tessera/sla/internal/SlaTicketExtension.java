package org.tessera.sla.internal;

import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.identity.Actor;
import org.tessera.sla.SlaClocks;
import org.tessera.sla.SlaMetric;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketExtension;

/**
 * The ticket's {@code "sla"} in the API, for the helpdesk's side: the policy, the due moments (null while paused),
 * and whether a target was missed. Customers do not see it.
 */
@Component
class SlaTicketExtension implements TicketExtension {

    private final SlaClocks clocks;

    SlaTicketExtension(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String property() {
        return "sla";
    }

    @Override
    public Optional<Object> valueFor(TicketDetails ticket, Actor actor) {
        if (!actor.isStaff()) {
            return Optional.empty();
        }
        return clocks.of(ticket.id()).map(status -> {
            var sla = new LinkedHashMap<String, Object>();
            sla.put("policy", status.policy());
            sla.put("firstResponseDueAt", status.dueAt(SlaMetric.FIRST_RESPONSE));
            sla.put("nextResponseDueAt", status.dueAt(SlaMetric.NEXT_RESPONSE));
            sla.put("resolutionDueAt", status.dueAt(SlaMetric.RESOLUTION));
            sla.put("breached", status.breached());
            sla.put("paused", status.paused());
            return sla;
        });
    }
}
