package org.tessera.knowledge.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.knowledge.ArticleDraft;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.Audience;
import org.tessera.knowledge.CategoryView;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.CategoryManagement;
import org.tessera.knowledge.KnowledgeManagement;
import org.tessera.knowledge.Reader;
import org.tessera.shared.InvalidInput;

/**
 * REST API for the knowledge base, under the same audience rules as its pages: a caller lists, reads, finds and votes
 * on only what they may read; agents and administrators also write.
 */
@RestController
@RequestMapping("/api/v1/kb")
class ArticlesApi {

    private final KnowledgeBase knowledge;
    private final KnowledgeManagement management;
    private final CategoryManagement categories;

    ArticlesApi(KnowledgeBase knowledge, KnowledgeManagement management, CategoryManagement categories) {
        this.knowledge = knowledge;
        this.management = management;
        this.categories = categories;
    }

    record NewArticle(String title, String body, Audience audience, List<Long> organizationIds, Boolean published,
                      Long categoryId, String language) {
    }

    /** Fields left out keep their value; {@code published} true publishes the draft, false takes the article down. */
    record ArticleChange(String title, String body, Audience audience, List<Long> organizationIds, Boolean published,
                         Long categoryId, String language, Long lockVersion) {
    }

    record ArticleList(List<ArticleJson.Summary> items, int total) {
    }

    record NewCategory(String name, String description) {
    }

    record Vote(Boolean helpful) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/articles")
    ResponseEntity<ArticleJson> create(@RequestBody NewArticle request, Actor actor) {
        ArticleView article = management.create(new ArticleDraft(request.title(), request.body(), request.audience(),
                request.organizationIds(), request.categoryId(), request.language()),
                Boolean.TRUE.equals(request.published()), actor);
        return ResponseEntity.created(URI.create("/api/v1/kb/articles/" + article.id()))
                .body(ArticleJson.of(article, true));
    }

    /**
     * With {@code q}: the best matches first. Without: every article in category and FAQ order. Authors may add
     * {@code drafts=true} to include articles that are not published.
     */
    @GetMapping("/articles")
    ArticleList list(@RequestParam(required = false) String q, @RequestParam(required = false) Long category,
                     @RequestParam(defaultValue = "false") boolean drafts, @RequestParam(defaultValue = "50") int limit,
                     Actor actor) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be between 1 and 500");
        }
        Reader reader = Reader.of(actor);
        boolean withDrafts = drafts && reader.isAuthor();
        List<ArticleSummary> found;
        if (q != null && !q.isBlank()) {
            found = withDrafts ? management.search(q, actor, limit) : knowledge.search(q, reader, limit);
        } else if (category != null) {
            found = withDrafts ? management.inCategory(category, actor) : knowledge.articles(category, reader);
        } else {
            found = withDrafts ? management.all(actor, limit) : knowledge.all(reader, limit);
        }
        List<ArticleJson.Summary> items = found.stream().limit(limit).map(ArticleJson.Summary::of).toList();
        return new ArticleList(items, items.size());
    }

    @GetMapping("/articles/{id}")
    ArticleJson get(@PathVariable long id, Actor actor) {
        Reader reader = Reader.of(actor);
        return reader.isAuthor() ? ArticleJson.of(management.forAuthor(id, actor), true)
                : ArticleJson.of(knowledge.article(id, reader), false);
    }

    @PatchMapping("/articles/{id}")
    ArticleJson change(@PathVariable long id, @RequestBody ArticleChange change, Actor actor) {
        ArticleView current = management.forAuthor(id, actor);
        var draft = new ArticleDraft(
                change.title() != null ? change.title() : current.draftTitle(),
                change.body() != null ? change.body() : current.draftBody(),
                change.audience() != null ? change.audience() : current.audience(),
                change.organizationIds() != null ? change.organizationIds() : current.organizationIds(),
                change.categoryId() != null ? change.categoryId() : current.categoryId(),
                change.language() != null ? change.language() : current.language());
        ArticleView saved = management.save(id, draft, change.lockVersion(), Boolean.TRUE.equals(change.published()),
                actor);
        if (Boolean.FALSE.equals(change.published()) && saved.published()) {
            saved = management.unpublish(id, actor);
        }
        return ArticleJson.of(saved, true);
    }

    @DeleteMapping("/articles/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
        management.delete(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/articles/{id}/votes")
    ResponseEntity<Void> vote(@PathVariable long id, @RequestBody Vote vote, Actor actor) {
        if (vote.helpful() == null) {
            throw new InvalidInput("helpful", "must be true or false");
        }
        knowledge.vote(id, vote.helpful(), Reader.of(actor), null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/categories")
    List<CategoryView> categories(Actor actor) {
        Reader reader = Reader.of(actor);
        return reader.isAuthor() ? categories.categories(actor) : knowledge.categories(reader);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/categories")
    ResponseEntity<CategoryView> createCategory(@RequestBody NewCategory request, Actor actor) {
        CategoryView category = categories.createCategory(request.name(), request.description(), actor);
        return ResponseEntity.created(URI.create("/api/v1/kb/categories/" + category.id())).body(category);
    }
}
