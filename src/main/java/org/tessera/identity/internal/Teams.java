package org.tessera.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Teams extends JpaRepository<Team, Long> {

    @Query("select distinct t from Team t left join fetch t.members order by t.name")
    List<Team> findAllWithMembers();

    @Query("select t from Team t where lower(t.name) = lower(?1)")
    Optional<Team> findByName(String name);
}
