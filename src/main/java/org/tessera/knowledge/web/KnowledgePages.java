package org.tessera.knowledge.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.CategoryView;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.CategoryManagement;
import org.tessera.knowledge.KnowledgeManagement;
import org.tessera.knowledge.Reader;

/**
 * The knowledge base in the agent workspace: browse by category, search, read. Authors (agents, admins) also see
 * drafts and unpublished articles; collaborators read what is published, internal articles included.
 */
@Controller
class KnowledgePages {

    private final KnowledgeBase knowledge;
    private final KnowledgeManagement management;
    private final CategoryManagement categories;
    private final Directory directory;

    KnowledgePages(KnowledgeBase knowledge, KnowledgeManagement management, CategoryManagement categories,
                   Directory directory) {
        this.knowledge = knowledge;
        this.management = management;
        this.categories = categories;
        this.directory = directory;
    }

    @GetMapping("/kb")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) Long category, Actor actor,
                 Model model) {
        Reader reader = Reader.of(actor);
        boolean author = reader.isAuthor();
        List<CategoryView> categories = author ? this.categories.categories(actor) : knowledge.categories(reader);
        List<ArticleSummary> articles;
        if (q != null && !q.isBlank()) {
            articles = author ? management.search(q, actor, 50) : knowledge.search(q, reader, 50);
        } else if (category != null) {
            articles = author ? management.inCategory(category, actor) : knowledge.articles(category, reader);
        } else {
            articles = author ? management.all(actor, 500) : knowledge.all(reader, 500);
        }
        model.addAttribute("categories", categories);
        model.addAttribute("articles", articles);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("category", category);
        model.addAttribute("author", author);
        return "knowledge/kb";
    }

    @GetMapping("/kb/articles/{id}")
    String article(@PathVariable long id, Actor actor, Model model) {
        Reader reader = Reader.of(actor);
        ArticleView article = reader.isAuthor() ? management.forAuthor(id, actor) : knowledge.article(id, reader);
        model.addAttribute("article", article);
        model.addAttribute("author", reader.isAuthor());
        model.addAttribute("organizations", directory.organizations(article.organizationIds()).values());
        if (reader.isAuthor()) {
            model.addAttribute("versions", management.versions(id, actor));
        }
        return "knowledge/article";
    }
}
