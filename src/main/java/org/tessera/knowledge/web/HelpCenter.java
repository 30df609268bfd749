package org.tessera.knowledge.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.CategoryView;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.Reader;
import org.tessera.shared.NotFound;

/**
 * The knowledge base in the customer portal, open to everyone: people who have not signed in read public articles;
 * signed-in customers also those for all customers and for their organization. Also the suggestions shown while a
 * customer types a new request's subject.
 */
@Controller
class HelpCenter {

    static final String BROWSER_COOKIE = "tessera-reader";
    private static final Pattern ID = Pattern.compile("^(\\d{1,18})(?:-.*)?$");

    private final KnowledgeBase knowledge;

    HelpCenter(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/portal/kb")
    String index(Optional<Actor> actor, Model model) {
        Reader reader = reader(actor);
        List<CategoryView> categories = knowledge.categories(reader);
        Map<Long, List<ArticleSummary>> byCategory = new LinkedHashMap<>();
        for (ArticleSummary article : knowledge.all(reader, 500)) {
            byCategory.computeIfAbsent(article.categoryId(), id -> new java.util.ArrayList<>()).add(article);
        }
        model.addAttribute("categories", categories);
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("popular", knowledge.popular(reader, LocaleContextHolder.getLocale(), 6));
        return "knowledge/portal-index";
    }

    @GetMapping("/portal/kb/categories/{id}")
    String category(@PathVariable long id, Optional<Actor> actor, Model model) {
        Reader reader = reader(actor);
        CategoryView category = knowledge.categories(reader).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Category"));
        model.addAttribute("category", category);
        model.addAttribute("articles", knowledge.articles(id, reader));
        return "knowledge/portal-category";
    }

    @GetMapping("/portal/kb/search")
    String search(@RequestParam(defaultValue = "") String q, Optional<Actor> actor, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("results", q.isBlank() ? List.of() : knowledge.search(q, reader(actor), 30));
        return "knowledge/portal-search";
    }

    @GetMapping("/portal/kb/articles/{idAndSlug}")
    String article(@PathVariable String idAndSlug, Optional<Actor> actor, HttpServletRequest request, Model model) {
        long id = id(idAndSlug);
        Reader reader = reader(actor);
        ArticleView article = knowledge.article(id, reader);
        model.addAttribute("article", article);
        model.addAttribute("related", knowledge.articles(article.categoryId(), reader).stream()
                .filter(a -> a.id() != id).limit(6).toList());
        model.addAttribute("vote", knowledge.voteOf(id, reader, browserKey(request)));
        return "knowledge/portal-article";
    }

    @PostMapping("/portal/kb/articles/{id}/vote")
    String vote(@PathVariable long id, @RequestParam boolean helpful, Optional<Actor> actor,
                @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Reader reader = reader(actor);
        String browser = browserKey(request);
        if (reader.userId() == null && browser == null) {
            browser = UUID.randomUUID().toString();
            response.addHeader("Set-Cookie", ResponseCookie.from(BROWSER_COOKIE, browser).path("/portal")
                    .httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
        }
        knowledge.vote(id, helpful, reader, browser);
        if (htmx == null) {
            return "redirect:" + knowledge.article(id, reader).portalPath() + "#feedback";
        }
        model.addAttribute("article", knowledge.article(id, reader));
        model.addAttribute("vote", helpful);
        return "knowledge/portal-article :: feedback";
    }

    /** For the request forms: articles that may already answer what the customer is typing. */
    @GetMapping("/portal/kb/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String subject, Optional<Actor> actor, Model model) {
        model.addAttribute("suggestions", knowledge.suggest(subject, reader(actor), 5));
        return "knowledge/portal-suggestions :: suggestions";
    }

    private static Reader reader(Optional<Actor> actor) {
        return actor.map(Reader::of).orElse(Reader.anonymous());
    }

    private static long id(String idAndSlug) {
        Matcher m = ID.matcher(idAndSlug);
        if (!m.matches()) {
            throw new NotFound("Article");
        }
        return Long.parseLong(m.group(1));
    }

    private static String browserKey(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (BROWSER_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f-]{36}")) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
