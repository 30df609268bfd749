package org.tessera.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Categories extends JpaRepository<Category, Long> {

    @Query("select c from Category c order by c.position, c.id")
    List<Category> inOrder();

    @Query("select c from Category c where lower(c.name) = lower(?1)")
    Optional<Category> findByName(String name);
}
