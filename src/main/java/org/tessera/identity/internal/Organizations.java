package org.tessera.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Organizations extends JpaRepository<Organization, Long> {

    @Query("select o from Organization o order by lower(o.name)")
    List<Organization> findAllByName();

    @Query("select o from Organization o where lower(o.name) = lower(?1)")
    Optional<Organization> findByName(String name);

    @Query(value = "select * from identity_organization where domains @> array[lower(?1)]::text[] order by id limit 1", nativeQuery = true)
    Optional<Organization> findClaimingDomain(String domain);
}
