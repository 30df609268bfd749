package org.tessera.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import org.tessera.knowledge.ArticleDraft;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.Audience;

/** The article editor's form, kept as typed to show it again with the reasons when a save is refused. */
public class ArticleForm {

    private String title = "";
    private String body = "";
    private String audience = Audience.PUBLIC.name();
    private List<Long> organizationIds = new ArrayList<>();
    private Long categoryId;
    private String language = "en";
    private Long lockVersion;

    static ArticleForm of(ArticleView article) {
        var form = new ArticleForm();
        form.title = article.draftTitle();
        form.body = article.draftBody();
        form.audience = article.audience().name();
        form.organizationIds = new ArrayList<>(article.organizationIds());
        form.categoryId = article.categoryId();
        form.language = article.language();
        form.lockVersion = article.lockVersion();
        return form;
    }

    ArticleDraft draft() {
        Audience chosen;
        try {
            chosen = audience == null ? null : Audience.valueOf(audience);
        } catch (IllegalArgumentException unknown) {
            chosen = null;
        }
        return new ArticleDraft(title, body, chosen, organizationIds, categoryId, language);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<Long> getOrganizationIds() {
        return organizationIds;
    }

    public void setOrganizationIds(List<Long> organizationIds) {
        this.organizationIds = organizationIds == null ? new ArrayList<>() : organizationIds;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(Long lockVersion) {
        this.lockVersion = lockVersion;
    }
}
