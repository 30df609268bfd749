package org.tessera.ticket;

import java.util.List;
import java.util.Optional;

/** A ticket type with its ordered statuses; the first NEW-category status is where tickets start. */
public record TicketTypeView(long id, String key, String name, int position, boolean active,
                             List<StatusView> statuses) {

    public StatusView initialStatus() {
        return statuses.stream().filter(s -> s.category() == StatusCategory.NEW).findFirst()
                .orElse(statuses.get(0));
    }

    public Optional<StatusView> status(String key) {
        return statuses.stream().filter(s -> s.key().equalsIgnoreCase(key)).findFirst();
    }

    public Optional<StatusView> firstIn(StatusCategory category) {
        return statuses.stream().filter(s -> s.category() == category).findFirst();
    }
}
