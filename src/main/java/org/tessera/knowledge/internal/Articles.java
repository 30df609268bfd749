package org.tessera.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Articles extends JpaRepository<Article, Long> {

    @Query("select a from Article a where a.categoryId = ?1 order by a.position, a.id")
    List<Article> inCategory(long categoryId);

    long countByCategoryId(long categoryId);

    @Query("select coalesce(max(a.position), 0) from Article a where a.categoryId = ?1")
    int lastPosition(long categoryId);
}
