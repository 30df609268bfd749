package org.tessera.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TicketStatuses extends JpaRepository<TicketStatus, Long> {

    @Query("select distinct s from TicketStatus s left join fetch s.next order by s.typeId, s.position, s.id")
    List<TicketStatus> findAllWithTransitions();

    List<TicketStatus> findByTypeIdOrderByPositionAscIdAsc(long typeId);

    @Query("select count(s) > 0 from TicketStatus s where s.typeId = ?1 and lower(s.key) = lower(?2)")
    boolean existsInType(long typeId, String key);
}
