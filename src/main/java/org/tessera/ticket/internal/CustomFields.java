package org.tessera.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomFields extends JpaRepository<CustomField, Long> {

    List<CustomField> findAllByOrderByPositionAscIdAsc();

    boolean existsByKey(String key);
}
