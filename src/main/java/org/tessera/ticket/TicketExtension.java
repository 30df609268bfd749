package org.tessera.ticket;

import java.util.Optional;
import org.tessera.identity.Actor;

/**
 * A property another module adds to a ticket's API representation, such as the SLA module's {@code "sla"}: the
 * ticket module shows it without depending on its author. Implement it as a bean; an empty value shows as null.
 */
public interface TicketExtension {

    /** The JSON property name; it must not clash with a ticket field. */
    String property();

    /** The value for this ticket, as the actor may see it; empty when it has none or the actor may not see it. */
    Optional<Object> valueFor(TicketDetails ticket, Actor actor);
}
