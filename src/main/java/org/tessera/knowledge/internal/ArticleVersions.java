package org.tessera.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleVersions extends JpaRepository<ArticleVersion, Long> {

    List<ArticleVersion> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleVersion> findByArticleIdAndNumber(long articleId, int number);
}
