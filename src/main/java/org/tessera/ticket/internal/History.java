package org.tessera.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface History extends JpaRepository<HistoryRecord, Long> {

    List<HistoryRecord> findByTicketIdOrderByIdAsc(long ticketId);

    List<HistoryRecord> findByTicketIdAndVersionGreaterThanOrderByIdAsc(long ticketId, long version);
}
