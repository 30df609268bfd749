package org.tessera.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tessera.identity.Actor;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.FieldKind;
import org.tessera.ticket.Workflows;

/** Two custom fields, so that the demo shows what they look like: one for incidents, one for every type. */
@Component
class DemoFields {

    static final String AFFECTED_SYSTEM = "affected_system";
    static final String ORDER_NUMBER = "order_number";
    static final List<String> SYSTEMS = List.of("Email", "VPN", "ERP", "Website", "Printers", "Network", "Phones");

    private final Workflows workflows;

    DemoFields(Workflows workflows) {
        this.workflows = workflows;
    }

    void ensure() {
        Catalog catalog = workflows.catalog();
        if (catalog.field(AFFECTED_SYSTEM).isEmpty()) {
            catalog.type("incident").ifPresent(incident -> workflows.createField(incident.id(), AFFECTED_SYSTEM,
                    "Affected system", FieldKind.SINGLE_SELECT, false, SYSTEMS, Actor.system()));
        }
        if (catalog.field(ORDER_NUMBER).isEmpty()) {
            workflows.createField(null, ORDER_NUMBER, "Order number", FieldKind.TEXT, false, List.of(),
                    Actor.system());
        }
    }
}
