package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list's status filter offers every status key once, named as agents see the status on tickets. */
class StatusesInAFilterTests {

    private final Catalog catalog = new Catalog(List.of(
            new TicketTypeView(1, "incident", "Incident", 1, true, List.of(
                    status(11, 1, "waiting_on_customer", "Waiting on customer", StatusCategory.PENDING),
                    status(12, 1, "resolved", "Resolved", StatusCategory.RESOLVED))),
            new TicketTypeView(2, "task", "Task", 2, true, List.of(
                    status(21, 2, "resolved", "Done", StatusCategory.RESOLVED)))), List.of());

    @Test
    void aKeyReadsAsItsStatusName() {
        assertThat(catalog.statusName("waiting_on_customer")).isEqualTo("Waiting on customer");
    }

    @Test
    void aKeyTypesNameDifferentlyReadsAsEachName() {
        assertThat(catalog.statusName("resolved")).isEqualTo("Resolved / Done");
    }

    @Test
    void anUnknownKeyReadsAsItself() {
        assertThat(catalog.statusName("gone")).isEqualTo("gone");
    }

    private static StatusView status(long id, long typeId, String key, String name, StatusCategory category) {
        return new StatusView(id, typeId, key, name, category, (int) id, Set.of());
    }
}
