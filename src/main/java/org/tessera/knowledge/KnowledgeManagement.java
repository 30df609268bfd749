package org.tessera.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.knowledge.internal.Article;
import org.tessera.knowledge.internal.ArticleSearch;
import org.tessera.knowledge.internal.ArticleVersion;
import org.tessera.knowledge.internal.ArticleVersions;
import org.tessera.knowledge.internal.Articles;
import org.tessera.knowledge.internal.Categories;
import org.tessera.knowledge.internal.Category;
import org.tessera.shared.Markdown;
import org.tessera.knowledge.internal.Slugs;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;

/**
 * Writing the knowledge base's articles: their drafts and publications, settings and order. Admins and agents
 * write; everyone else is refused. Categories have {@link CategoryManagement}.
 */
@Service
@Transactional
public class KnowledgeManagement {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 100_000;
    public static final Set<String> LANGUAGES = Set.of("en", "pt");

    private final Articles articles;
    private final Categories categories;
    private final ArticleVersions versions;
    private final ArticleSearch search;
    private final Directory directory;
    private final Clock clock;

    KnowledgeManagement(Articles articles, Categories categories, ArticleVersions versions, ArticleSearch search,
                        Directory directory, Optional<Clock> clock) {
        this.articles = articles;
        this.categories = categories;
        this.versions = versions;
        this.search = search;
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public ArticleView create(ArticleDraft draft, boolean publish, Actor actor) {
        requireAuthor(actor);
        Valid valid = validate(draft);
        Instant now = now();
        long categoryId = categoryFor(draft.categoryId());
        var article = new Article(categoryId, valid.audience, valid.language, articles.lastPosition(categoryId) + 1,
                valid.title, valid.body, actor.userId(), now);
        article.showTo(valid.audience, valid.organizationIds, actor.userId(), now);
        articles.saveAndFlush(article);
        if (publish) {
            publish(article, actor, now);
            articles.flush();
        }
        return forAuthor(article.id(), actor);
    }

    /**
     * Saves the draft and the settings (audience, category, language take effect at once); with {@code publish} the
     * draft also becomes what readers see. {@code expectedVersion} guards against saving over a colleague's edit.
     */
    public ArticleView save(long id, ArticleDraft draft, Long expectedVersion, boolean publish, Actor actor) {
        requireAuthor(actor);
        Article article = article(id);
        if (expectedVersion != null && expectedVersion != article.lockVersion()) {
            throw new Conflict("version", "Someone else saved this article after you opened it; reload it to see "
                    + "their changes, then make yours again");
        }
        Valid valid = validate(draft);
        Instant now = now();
        article.write(valid.title, valid.body, actor.userId(), now);
        article.showTo(valid.audience, valid.organizationIds, actor.userId(), now);
        article.speak(valid.language);
        if (draft.categoryId() != null && draft.categoryId() != article.categoryId()) {
            long categoryId = categoryFor(draft.categoryId());
            article.file(categoryId, articles.lastPosition(categoryId) + 1);
        }
        if (publish) {
            publish(article, actor, now);
        }
        articles.flush();
        return forAuthor(id, actor);
    }

    public ArticleView publish(long id, Actor actor) {
        requireAuthor(actor);
        Article article = article(id);
        publish(article, actor, now());
        articles.flush();
        return forAuthor(id, actor);
    }

    public ArticleView unpublish(long id, Actor actor) {
        requireAuthor(actor);
        article(id).unpublish(actor.userId(), now());
        articles.flush();
        return forAuthor(id, actor);
    }

    public void delete(long id, Actor actor) {
        requireAuthor(actor);
        articles.delete(article(id));
    }

    /** One place up (-1) or down (+1) within its category: the order readers see, as in an FAQ. */
    public void move(long id, int direction, Actor actor) {
        requireAuthor(actor);
        Article article = article(id);
        List<Article> ordered = new ArrayList<>(articles.inCategory(article.categoryId()));
        int at = indexOf(ordered.stream().map(Article::id).toList(), id);
        int to = at + Integer.signum(direction);
        if (to >= 0 && to < ordered.size()) {
            ordered.add(to, ordered.remove(at));
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    /** The article with its draft, for its authors; unpublished ones included. */
    @Transactional(readOnly = true)
    public ArticleView forAuthor(long id, Actor actor) {
        requireAuthor(actor);
        return search.article(id, Reader.of(actor), true).orElseThrow(() -> new NotFound("Article"));
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> inCategory(long categoryId, Actor actor) {
        requireAuthor(actor);
        return search.inCategory(categoryId, Reader.of(actor), true);
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> all(Actor actor, int limit) {
        requireAuthor(actor);
        return search.all(Reader.of(actor), true, Math.min(Math.max(limit, 1), 500));
    }

    /** Search over what is published; authors find only published text, the draft is not indexed. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(String text, Actor actor, int limit) {
        requireAuthor(actor);
        return search.search(text == null ? "" : text.strip(), Reader.of(actor), true, Math.min(limit, 100));
    }

    @Transactional(readOnly = true)
    public List<ArticleVersionView> versions(long id, Actor actor) {
        requireAuthor(actor);
        article(id);
        List<ArticleVersion> found = versions.findByArticleIdOrderByNumberDesc(id);
        Map<Long, UserSummary> people = directory.users(found.stream().map(ArticleVersion::publishedBy)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return found.stream().map(v -> new ArticleVersionView(v.number(), v.title(), v.body(),
                v.publishedBy() == null || people.get(v.publishedBy()) == null ? null
                        : people.get(v.publishedBy()).displayName(), v.publishedAt())).toList();
    }

    /** Safe HTML for Markdown, as readers would see it. */
    @Transactional(readOnly = true)
    public String preview(String markdown) {
        return Markdown.html(markdown);
    }

    /** The editor's preview, for authors. */
    @Transactional(readOnly = true)
    public String preview(String markdown, Actor actor) {
        requireAuthor(actor);
        return Markdown.html(markdown);
    }

    private void publish(Article article, Actor actor, Instant now) {
        String html = Markdown.html(article.draftBody());
        int number = article.publish(html, Markdown.text(html), Slugs.of(article.draftTitle()), actor.userId(), now);
        versions.save(new ArticleVersion(article.id(), number, article.draftTitle(), article.draftBody(),
                actor.userId(), now));
    }

    private Valid validate(ArticleDraft draft) {
        var violations = new ArrayList<Violation>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "must not be empty"));
        } else if (title.length() > MAX_TITLE) {
            violations.add(new Violation("title", "must have at most " + MAX_TITLE + " characters"));
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.length() > MAX_BODY) {
            violations.add(new Violation("body", "must have at most " + MAX_BODY + " characters"));
        }
        if (draft.audience() == null) {
            violations.add(new Violation("audience", "must be one of PUBLIC, CUSTOMERS, ORGANIZATIONS, INTERNAL"));
        }
        List<Long> organizations = List.copyOf(new LinkedHashSet<>(draft.organizationIds() == null ? List.of()
                : draft.organizationIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (draft.audience() == Audience.ORGANIZATIONS) {
            if (organizations.isEmpty()) {
                violations.add(new Violation("organizationIds", "name at least one organization"));
            } else {
                var known = directory.organizations(organizations).keySet();
                var unknown = organizations.stream().filter(o -> !known.contains(o)).toList();
                if (!unknown.isEmpty()) {
                    violations.add(new Violation("organizationIds", "no organization has the id: "
                            + unknown.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
                }
            }
        }
        String language = draft.language() == null || draft.language().isBlank() ? "en"
                : draft.language().strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            violations.add(new Violation("language", "must be one of en, pt"));
        }
        if (draft.categoryId() != null && !categories.existsById(draft.categoryId())) {
            violations.add(new Violation("categoryId", "no category has the id " + draft.categoryId()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Valid(title, body, draft.audience(), organizations, language);
    }

    /** The chosen category, else the first; a knowledge base without categories gets a "General" one. */
    private long categoryFor(Long categoryId) {
        if (categoryId != null) {
            return category(categoryId).id();
        }
        return categories.inOrder().stream().findFirst()
                .orElseGet(() -> categories.save(new Category("General", "", 1))).id();
    }

    private Article article(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFound("Article"));
    }

    private Category category(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFound("Category"));
    }

    static int indexOf(List<Long> ids, long id) {
        int at = ids.indexOf(id);
        if (at < 0) {
            throw new NotFound("Item");
        }
        return at;
    }

    static void requireAuthor(Actor actor) {
        if (!Reader.of(actor).isAuthor()) {
            throw new Forbidden("Only agents and administrators write the knowledge base");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Valid(String title, String body, Audience audience, List<Long> organizationIds, String language) {
    }
}
