package org.tessera.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketTypes extends JpaRepository<TicketType, Long> {

    List<TicketType> findAllByOrderByPositionAscIdAsc();

    boolean existsByKey(String key);
}
