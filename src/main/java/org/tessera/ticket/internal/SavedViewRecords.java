package org.tessera.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedViewRecords extends JpaRepository<SavedView, Long> {

    @Query("select v from SavedView v where v.ownerId is null or v.ownerId = ?1 order by case when v.ownerId is null then 0 else 1 end, lower(v.name)")
    List<SavedView> visibleTo(long userId);
}
