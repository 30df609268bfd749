package org.tessera.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.Audience;
import org.tessera.knowledge.CategoryView;
import org.tessera.knowledge.Reader;

/**
 * Every read of the knowledge base, as SQL that carries the reader's audience rules: a list, a page, a search or a
 * suggestion can only ever return what {@link #visibility} lets through. Search ranks title words above body words and
 * matches English and Portuguese stems, without accents.
 */
@Component
public class ArticleSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String MARK_START = "{{{";
    private static final String MARK_END = "}}}";
    private static final String CONFIG = "case a.language when 'pt' then 'portuguese'::regconfig else 'english'::regconfig end";
    private static final String SUMMARY = """
            a.id, case when a.published_at is not null then a.title else a.draft_title end as shown_title, a.slug,
            a.category_id, c.name as category_name, a.audience, a.language, a.published_at is not null as published,
            (a.published_at is null or a.draft_title <> a.title or a.draft_body <> a.body) as changed,
            a.position, a.updated_at, a.helpful, a.not_helpful""";

    private static final String ANY_OF =
            "to_tsquery('english', tessera_unaccent(:words)) || to_tsquery('portuguese', tessera_unaccent(:words))";

    private final NamedParameterJdbcTemplate jdbc;

    ArticleSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The audience rules as a condition on {@code a} (knowledge_article). Unpublished articles are only ever seen by
     * authors who ask for them.
     */
    static String visibility(Reader reader, boolean includeUnpublished, MapSqlParameterSource params) {
        String live = includeUnpublished && reader.isAuthor() ? "true" : "a.published_at is not null";
        if (reader.isColleague()) {
            return live;
        }
        if (reader.isAnonymous()) {
            return live + " and a.audience = 'PUBLIC'";
        }
        params.addValue("readerOrganization", reader.organizationId() == null ? -1L : reader.organizationId());
        return live + " " + """
                and (a.audience in ('PUBLIC', 'CUSTOMERS') or a.audience = 'ORGANIZATIONS' and exists (
                     select 1 from knowledge_article_organization ao
                     where ao.article_id = a.id and ao.organization_id = :readerOrganization))""";
    }

    /** Categories holding at least one article the reader may see; authors managing them see every category. */
    public List<CategoryView> categories(Reader reader, boolean all) {
        var params = new MapSqlParameterSource();
        String visible = visibility(reader, all, params);
        return jdbc.query("""
                select c.id, c.name, c.description, c.position, count(a.id) as articles
                from knowledge_category c
                left join knowledge_article a on a.category_id = c.id and %s
                group by c.id
                having count(a.id) > 0 or :all
                order by c.position, c.id""".formatted(visible), params.addValue("all", all && reader.isAuthor()),
                (rs, n) -> new CategoryView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getInt("position"), rs.getLong("articles")));
    }

    public List<ArticleSummary> inCategory(long categoryId, Reader reader, boolean includeUnpublished) {
        var params = new MapSqlParameterSource("category", categoryId);
        return jdbc.query("""
                select %s from knowledge_article a join knowledge_category c on c.id = a.category_id
                where a.category_id = :category and %s
                order by a.position, a.id""".formatted(SUMMARY, visibility(reader, includeUnpublished, params)),
                params, (rs, n) -> summary(rs, null));
    }

    /** The articles in the language first, then those readers found most helpful, then the newest. */
    public List<ArticleSummary> popular(Reader reader, String language, int limit) {
        var params = new MapSqlParameterSource("limit", limit).addValue("language", language);
        return jdbc.query("""
                select %s from knowledge_article a join knowledge_category c on c.id = a.category_id
                where %s
                order by (a.language = :language) desc, a.helpful - a.not_helpful desc, a.published_at desc, a.id desc
                limit :limit"""
                .formatted(SUMMARY, visibility(reader, false, params)), params, (rs, n) -> summary(rs, null));
    }

    /** Every article the reader may see, in category and FAQ order. */
    public List<ArticleSummary> all(Reader reader, boolean includeUnpublished, int limit) {
        var params = new MapSqlParameterSource("limit", limit);
        return jdbc.query("""
                select %s from knowledge_article a join knowledge_category c on c.id = a.category_id
                where %s
                order by c.position, c.id, a.position, a.id limit :limit"""
                .formatted(SUMMARY, visibility(reader, includeUnpublished, params)), params,
                (rs, n) -> summary(rs, null));
    }

    public Optional<ArticleView> article(long id, Reader reader, boolean includeUnpublished) {
        var params = new MapSqlParameterSource("id", id);
        List<ArticleView> found = jdbc.query("""
                select a.*, c.name as category_name from knowledge_article a
                join knowledge_category c on c.id = a.category_id
                where a.id = :id and %s""".formatted(visibility(reader, includeUnpublished, params)), params,
                (rs, n) -> view(rs, reader.isAuthor()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleView article = found.get(0);
        if (reader.isAuthor() && article.audience() == Audience.ORGANIZATIONS) {
            List<Long> organizations = jdbc.queryForList("""
                    select organization_id from knowledge_article_organization where article_id = :id
                    order by organization_id""", params, Long.class);
            article = withOrganizations(article, organizations);
        }
        return Optional.of(article);
    }

    /** Which of these articles the reader may read. */
    public java.util.Set<Long> readable(java.util.Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var params = new MapSqlParameterSource("ids", ids);
        return new java.util.HashSet<>(jdbc.queryForList("select a.id from knowledge_article a where a.id in (:ids) and %s"
                .formatted(visibility(reader, false, params)), params, Long.class));
    }

    public boolean canRead(long id, Reader reader) {
        var params = new MapSqlParameterSource("id", id);
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from knowledge_article a where a.id = :id and %s)"
                .formatted(visibility(reader, false, params)), params, Boolean.class));
    }

    /**
     * Articles matching all the words (as a web search engine reads them: quotes, "or", -word), best first; when
     * nothing matches them all, those matching any of them.
     */
    public List<ArticleSummary> search(String text, Reader reader, boolean includeUnpublished, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String all = """
                websearch_to_tsquery('english', tessera_unaccent(:text))
                || websearch_to_tsquery('portuguese', tessera_unaccent(:text))""";
        List<ArticleSummary> hits = ranked(all, new MapSqlParameterSource("text", text), reader, includeUnpublished,
                limit);
        if (!hits.isEmpty() || words.size() == 1) {
            return hits;
        }
        return ranked(ANY_OF, new MapSqlParameterSource("words", String.join(" | ", words)), reader,
                includeUnpublished, limit);
    }

    /**
     * Articles a customer may want while they are still typing a request's subject: any of its words counts, the last
     * one as a prefix, since it may be half typed.
     */
    public List<ArticleSummary> suggest(String text, Reader reader, int limit) {
        List<String> words = words(text).stream().filter(w -> w.length() >= 3).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        var terms = new ArrayList<>(words);
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + ":*");
        return ranked(ANY_OF, new MapSqlParameterSource("words", String.join(" | ", terms)), reader, false,
                limit);
    }

    private List<ArticleSummary> ranked(String query, MapSqlParameterSource params, Reader reader,
                                        boolean includeUnpublished, int limit) {
        params.addValue("limit", limit);
        String sql = """
                with q as (select (%s) as query)
                select %s, ts_rank(a.search, q.query) as rank,
                       ts_headline(%s, coalesce(a.body_text, ''), q.query,
                                   'StartSel=%s, StopSel=%s, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                           as snippet
                from knowledge_article a join knowledge_category c on c.id = a.category_id, q
                where a.search @@ q.query and %s
                order by rank desc, a.helpful - a.not_helpful desc, a.id desc
                limit :limit""".formatted(query, SUMMARY, CONFIG, MARK_START, MARK_END,
                visibility(reader, includeUnpublished, params));
        return jdbc.query(sql, params, (rs, n) -> summary(rs, snippet(rs.getString("snippet"))));
    }

    /** Letters and digits only: what is left cannot break a text-search query. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < 20) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    /** The headline is plain text: escape it, then turn our markers into highlights. */
    static String snippet(String headline) {
        if (headline == null || headline.isBlank()) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    private static ArticleSummary summary(ResultSet rs, String snippet) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("shown_title"), rs.getString("slug"),
                rs.getLong("category_id"), rs.getString("category_name"), Audience.valueOf(rs.getString("audience")),
                rs.getString("language"), rs.getBoolean("published"), rs.getBoolean("changed"), rs.getInt("position"),
                instant(rs, "updated_at"), rs.getInt("helpful"), rs.getInt("not_helpful"), snippet);
    }

    private static ArticleView view(ResultSet rs, boolean author) throws SQLException {
        boolean published = rs.getTimestamp("published_at") != null;
        return new ArticleView(rs.getLong("id"), rs.getLong("category_id"), rs.getString("category_name"),
                published ? rs.getString("title") : rs.getString("draft_title"), rs.getString("slug"),
                published ? rs.getString("body") : "", published ? rs.getString("html") : "",
                Audience.valueOf(rs.getString("audience")), List.of(), rs.getString("language"),
                instant(rs, "published_at"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"),
                rs.getInt("position"), rs.getInt("helpful"), rs.getInt("not_helpful"),
                author ? rs.getString("draft_title") : null, author ? rs.getString("draft_body") : null,
                rs.getLong("lock_version"));
    }

    private static ArticleView withOrganizations(ArticleView a, List<Long> organizations) {
        return new ArticleView(a.id(), a.categoryId(), a.categoryName(), a.title(), a.slug(), a.body(), a.html(),
                a.audience(), List.copyOf(organizations), a.language(), a.publishedAt(), a.createdAt(), a.updatedAt(),
                a.version(), a.position(), a.helpful(), a.notHelpful(), a.draftTitle(), a.draftBody(), a.lockVersion());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
