package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.ticket.internal.ChangeLog;
import org.tessera.ticket.internal.Ticket;

class TicketWorkflowTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final StatusView NEW = new StatusView(1, 1, "new", "New", StatusCategory.NEW, 1, Set.of(2L, 3L));
    private static final StatusView OPEN = new StatusView(2, 1, "open", "Open", StatusCategory.OPEN, 2, Set.of(3L));
    private static final StatusView RESOLVED = new StatusView(3, 1, "resolved", "Resolved", StatusCategory.RESOLVED, 3, Set.of(2L));

    @Test
    void resolvingStampsTheTimeAndReopeningClearsIt() {
        var ticket = new Ticket("Printer", "", 1, null, 1, NEW, 3, "web", NOW);

        ticket.moveTo(RESOLVED, NOW.plusSeconds(60), new ChangeLog());
        assertThat(ticket.resolvedAt()).isEqualTo(NOW.plusSeconds(60));

        ticket.moveTo(OPEN, NOW.plusSeconds(120), new ChangeLog());
        assertThat(ticket.resolvedAt()).isNull();
        assertThat(ticket.statusCategory()).isEqualTo(StatusCategory.OPEN);
    }

    @Test
    void everyChangeIsLoggedWithOldAndNewValue() {
        var ticket = new Ticket("Printer", "", 1, null, 1, NEW, 3, "web", NOW);
        var log = new ChangeLog();

        ticket.prioritize(1, log);
        ticket.assign(7L, log);
        ticket.assign(7L, log);
        ticket.setCustomField("system", "ERP", log);

        assertThat(log.changes()).containsExactly(new FieldChange("priority", "3", "1"),
                new FieldChange("assignee", null, "7"), new FieldChange("custom.system", null, "ERP"));
    }

    @Test
    void aStatusAllowsOnlyItsTransitions() {
        assertThat(OPEN.allows(RESOLVED)).isTrue();
        assertThat(OPEN.allows(NEW)).isFalse();
    }
}
