package org.tessera.ticket.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Tickets extends JpaRepository<Ticket, Long> {

    @Query("select t from Ticket t left join fetch t.followers where t.id = ?1")
    Optional<Ticket> findWithFollowers(long id);

    @Query("select t.id from Ticket t where t.number = ?1")
    Optional<Long> findIdByNumber(long number);

    long countByStatusId(long statusId);

    @Modifying
    @Query(value = "update ticket set status_category = ?2 where status_id = ?1", nativeQuery = true)
    int recategorize(long statusId, String category);

    @Modifying
    @Query(value = """
            update ticket set updated_at = greatest(updated_at, ?2),
                   first_response_at = case when ?3 then coalesce(first_response_at, ?2) else first_response_at end
            where id = ?1""", nativeQuery = true)
    int recordActivity(long ticketId, java.time.Instant at, boolean response);

    @Modifying
    @Query(value = "update ticket set sla_due_at = ?2 where id = ?1", nativeQuery = true)
    int recordSlaDue(long ticketId, java.time.Instant dueAt);

    @Modifying
    @Query(value = "update ticket set sla_due_at = null where id = ?1", nativeQuery = true)
    int clearSlaDue(long ticketId);
}
