package org.tessera.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tessera.identity.Role;

public interface Users extends JpaRepository<User, Long> {

    @Query("select u from User u where lower(u.email) = lower(?1)")
    Optional<User> findByEmail(String email);

    List<User> findByIdIn(Collection<Long> ids);

    @Query("select u from User u where u.role in ?1 and u.active = true order by lower(u.name)")
    List<User> findActiveByRoles(Collection<Role> roles);

    @Query("""
            select u from User u
            where (?1 = '' or lower(u.name) like lower(concat('%', ?1, '%')) or lower(u.email) like lower(concat('%', ?1, '%')))
              and (?2 is null or u.role = ?2)
            order by lower(u.name), u.id""")
    Page<User> search(String text, Role role, Pageable page);

    List<User> findByOrganizationIdOrderByName(long organizationId);

    long countByRole(Role role);

    /** Who acts, in one statement: role, organization and whether it shares tickets. */
    @Query("""
            select new org.tessera.identity.Actor(u.id, u.role, u.organizationId, coalesce(o.sharesTickets, false))
            from User u left join Organization o on o.id = u.organizationId where u.id = ?1""")
    Optional<org.tessera.identity.Actor> actor(long id);

    @Query("""
            select new org.tessera.identity.internal.AccountAndActor(u, coalesce(o.sharesTickets, false))
            from User u left join Organization o on o.id = u.organizationId where u.id = ?1""")
    Optional<AccountAndActor> accountAndActor(long id);
}
