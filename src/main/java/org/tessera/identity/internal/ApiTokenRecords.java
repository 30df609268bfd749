package org.tessera.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRecords extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    /** The token's account and what the request's actor needs, in the one statement every API call starts with. */
    @Query("""
            select new org.tessera.identity.internal.AccountAndActor(u, coalesce(o.sharesTickets, false))
            from ApiToken t join User u on u.id = t.userId left join Organization o on o.id = u.organizationId
            where t.tokenHash = ?1""")
    Optional<AccountAndActor> findAccountByHash(String tokenHash);

    /** Only once a minute per token, so that busy API clients do not turn every read into a write. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = ?2 where t.tokenHash = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
    int touch(String tokenHash, Instant now, Instant staleBefore);

    @Modifying
    @Query("delete from ApiToken t where t.id = ?1 and t.userId = ?2")
    int deleteOwned(long tokenId, long userId);
}
