package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.internal.TicketInput;

class TicketInputTests {

    @Test
    void tagsAreLowercaseWordsWithoutDuplicates() {
        assertThat(TicketInput.tags(List.of("VIP", " vip ", "Nota Fiscal", "", "año"))).containsExactly("vip", "nota-fiscal", "año");
    }

    @Test
    void aTagWithMarkupIsRefused() {
        assertThatThrownBy(() -> TicketInput.tags(List.of("<script>"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void subjectsAreTrimmedAndSingleSpaced() {
        assertThat(TicketInput.subject("  Printer\n  on   fire ")).isEqualTo("Printer on fire");
    }

    @Test
    void priorityDefaultsToNormalAndStaysInRange() {
        assertThat(TicketInput.priority(null)).isEqualTo(Priority.NORMAL);
        assertThatThrownBy(() -> TicketInput.priority(0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TicketInput.priority(6)).isInstanceOf(InvalidInput.class);
    }
}
