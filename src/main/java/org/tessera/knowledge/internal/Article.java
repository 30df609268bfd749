package org.tessera.knowledge.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.tessera.knowledge.Audience;

/**
 * An article: the draft its authors write, and the text readers see once it is published. Publishing copies the
 * draft over the published text; unpublishing takes the article out of every reader's sight and keeps its text.
 */
@Entity
@Table(name = "knowledge_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "category_id")
    private long categoryId;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private String language;
    private int position;
    @Column(name = "draft_title")
    private String draftTitle;
    @Column(name = "draft_body")
    private String draftBody;
    private String title;
    private String slug = "";
    private String body;
    private String html;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "published_at")
    private Instant publishedAt;
    private int version;
    private int helpful;
    @Column(name = "not_helpful")
    private int notHelpful;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "lock_version")
    private long lockVersion;
    @ElementCollection
    @CollectionTable(name = "knowledge_article_organization", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "organization_id")
    private Set<Long> organizationIds = new HashSet<>();

    protected Article() {
    }

    public Article(long categoryId, Audience audience, String language, int position, String draftTitle,
                   String draftBody, Long authorId, Instant now) {
        this.categoryId = categoryId;
        this.audience = audience;
        this.language = language;
        this.position = position;
        this.draftTitle = draftTitle;
        this.draftBody = draftBody;
        this.createdBy = authorId;
        this.createdAt = now;
        this.updatedBy = authorId;
        this.updatedAt = now;
    }

    public void write(String title, String body, Long authorId, Instant now) {
        this.draftTitle = title;
        this.draftBody = body;
        touch(authorId, now);
    }

    /** Who may read it takes effect at once: a permission, not text awaiting review. */
    public void showTo(Audience audience, Collection<Long> organizationIds, Long authorId, Instant now) {
        this.audience = audience;
        this.organizationIds.clear();
        if (audience == Audience.ORGANIZATIONS) {
            this.organizationIds.addAll(organizationIds);
        }
        touch(authorId, now);
    }

    public void file(long categoryId, int position) {
        this.categoryId = categoryId;
        this.position = position;
    }

    public void placeAt(int position) {
        this.position = position;
    }

    public void speak(String language) {
        this.language = language;
    }

    /** Makes the draft what readers see; {@code html} and {@code text} are the draft's rendering. */
    public int publish(String html, String text, String slug, Long authorId, Instant now) {
        this.title = draftTitle;
        this.body = draftBody;
        this.html = html;
        this.bodyText = text;
        this.slug = slug;
        this.publishedAt = now;
        this.version++;
        touch(authorId, now);
        return version;
    }

    public void unpublish(Long authorId, Instant now) {
        this.publishedAt = null;
        touch(authorId, now);
    }

    public void countVotes(int helpful, int notHelpful) {
        this.helpful = helpful;
        this.notHelpful = notHelpful;
    }

    private void touch(Long authorId, Instant now) {
        this.updatedBy = authorId;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long id() {
        return id;
    }

    public long categoryId() {
        return categoryId;
    }

    public Audience audience() {
        return audience;
    }

    public String language() {
        return language;
    }

    public int position() {
        return position;
    }

    public String draftTitle() {
        return draftTitle;
    }

    public String draftBody() {
        return draftBody;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String body() {
        return body;
    }

    public String html() {
        return html;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }

    public int helpful() {
        return helpful;
    }

    public int notHelpful() {
        return notHelpful;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Set<Long> organizationIds() {
        return organizationIds;
    }
}
