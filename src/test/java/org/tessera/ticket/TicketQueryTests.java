package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.shared.InvalidInput;

class TicketQueryTests {

    @Test
    void readsRepeatedAndCommaSeparatedValues() {
        var query = TicketQuery.parse(Map.of("priority", List.of("1,2", "3"), "category", List.of("open"),
                "assignee", List.of("ME"), "cf.system", List.of("ERP"), "q", List.of("  vpn drops ")));

        assertThat(query.priorities()).containsExactly(1, 2, 3);
        assertThat(query.categories()).containsExactly(StatusCategory.OPEN);
        assertThat(query.assignees()).containsExactly("me");
        assertThat(query.customFields()).containsEntry("system", "ERP");
        assertThat(query.text()).isEqualTo("vpn drops");
        assertThat(query.sort()).isEqualTo(TicketQuery.DEFAULT_SORT);
    }

    @Test
    void survivesTheRoundTripThroughItsQueryString() {
        var query = TicketQuery.parse("status=open,pending&priority=1&assignee=none&tag=vip&cf.system=ERP%20X&q=caf%C3%A9&sort=-created&group=team");

        assertThat(TicketQuery.parse(query.toQueryString())).isEqualTo(query);
    }

    @Test
    void refusesWhatItCannotSortOrGroupBy() {
        assertThatThrownBy(() -> TicketQuery.parse("sort=password")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("sort"));
        assertThatThrownBy(() -> TicketQuery.parse("group=everything")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TicketQuery.parse("priority=9")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("priority"));
        assertThatThrownBy(() -> TicketQuery.parse("category=someday")).isInstanceOf(InvalidInput.class);
    }
}
