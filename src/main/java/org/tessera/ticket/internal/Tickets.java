package org.tessera.ticket.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Tickets extends JpaRepository<Ticket, Long> {

    /**
     * The ticket with its followers: from this transaction's session when it already holds it (no statement: the
     * listeners that run inside a ticket's change read it again), otherwise in one statement with a join.
     */
    @Override
    @EntityGraph(attributePaths = "followers")
    Optional<Ticket> findById(Long id);

    default Optional<Ticket> findWithFollowers(long id) {
        return findById(id);
    }

    @Query("select t.id from Ticket t where t.number = ?1")
    Optional<Long> findIdByNumber(long number);

    long countByStatusId(long statusId);

    /**
     * A message was written: activity, not a change of the ticket, so no new version (an agent's open edit form
     * stays valid while the conversation goes on). A ticket already loaded in the same transaction keeps its old
     * updated_at and first_response_at.
     */
    @Modifying
    @Query(value = """
            update ticket set updated_at = greatest(updated_at, ?2),
                   first_response_at = case when ?3 then coalesce(first_response_at, ?2) else first_response_at end
            where id = ?1""", nativeQuery = true)
    int recordActivity(long ticketId, java.time.Instant at, boolean response);

    @Modifying
    @Query(value = "update ticket set status_category = ?2 where status_id = ?1", nativeQuery = true)
    int recategorize(long statusId, String category);

    @Query(value = "select id from ticket where id = ?1 for no key update", nativeQuery = true)
    Optional<Long> lockRow(long ticketId);

    @Modifying
    @Query(value = "update ticket set sla_due_at = ?2 where id = ?1", nativeQuery = true)
    int recordSlaDue(long ticketId, java.time.Instant dueAt);

    @Modifying
    @Query(value = "update ticket set sla_due_at = null where id = ?1", nativeQuery = true)
    int clearSlaDue(long ticketId);
}
