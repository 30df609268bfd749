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

    @Modifying
    @Query(value = "update ticket set status_category = ?2 where status_id = ?1", nativeQuery = true)
    int recategorize(long statusId, String category);
}
