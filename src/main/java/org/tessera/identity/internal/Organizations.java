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

    /** Names to suggest while someone types: those starting with the text first, then those containing it. */
    @Query(value = """
            select * from identity_organization where lower(name) like '%' || lower(?1) || '%'
            order by lower(name) not like lower(?1) || '%', lower(name) limit ?2""", nativeQuery = true)
    List<Organization> findNamedLike(String text, int limit);

    @Query(value = "select * from identity_organization where domains @> array[lower(?1)]::text[] order by id limit 1", nativeQuery = true)
    Optional<Organization> findClaimingDomain(String domain);
}
