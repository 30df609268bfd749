package org.tessera.knowledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text of an article as it was published once; kept so that authors can see what readers saw when. */
@Entity
@Table(name = "knowledge_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "article_id")
    private long articleId;
    private int number;
    private String title;
    private String body;
    @Column(name = "published_by")
    private Long publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected ArticleVersion() {
    }

    public ArticleVersion(long articleId, int number, String title, String body, Long publishedBy, Instant at) {
        this.articleId = articleId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = at;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Long publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
