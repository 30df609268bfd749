package org.tessera.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.knowledge.ArticleView;
import org.tessera.knowledge.Audience;
import org.tessera.knowledge.CategoryManagement;
import org.tessera.knowledge.KnowledgeManagement;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/** Writing an article: the Markdown editor with its preview, saving drafts, publishing, ordering, deleting. */
@Controller
class ArticleEditor {

    private final KnowledgeManagement management;
    private final CategoryManagement categories;
    private final Directory directory;

    ArticleEditor(KnowledgeManagement management, CategoryManagement categories, Directory directory) {
        this.management = management;
        this.categories = categories;
        this.directory = directory;
    }

    @GetMapping("/kb/articles/new")
    String create(@RequestParam(required = false) Long category, Actor actor, Model model) {
        var form = new ArticleForm();
        form.setCategoryId(category);
        return editor(null, form, Map.of(), actor, model);
    }

    @PostMapping("/kb/articles")
    String created(@ModelAttribute("form") ArticleForm form, @RequestParam(defaultValue = "draft") String action,
                   Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            ArticleView article = management.create(form.draft(), "publish".equals(action), actor);
            flash.addFlashAttribute("notice", "publish".equals(action) ? "knowledge.published" : "knowledge.saved");
            return "redirect:/kb/articles/" + article.id();
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            return editor(null, form, errors(refused), actor, model);
        }
    }

    @GetMapping("/kb/articles/{id}/edit")
    String edit(@PathVariable long id, Actor actor, Model model) {
        ArticleView article = management.forAuthor(id, actor);
        return editor(article, ArticleForm.of(article), Map.of(), actor, model);
    }

    @PostMapping("/kb/articles/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ArticleForm form,
                @RequestParam(defaultValue = "draft") String action, Actor actor, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        try {
            management.save(id, form.draft(), form.getLockVersion(), "publish".equals(action), actor);
            flash.addFlashAttribute("notice", "publish".equals(action) ? "knowledge.published" : "knowledge.saved");
            return "redirect:/kb/articles/" + id;
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            return editor(management.forAuthor(id, actor), form, errors(refused), actor, model);
        }
    }

    @PostMapping("/kb/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        management.unpublish(id, actor);
        flash.addFlashAttribute("notice", "knowledge.unpublished");
        return "redirect:/kb/articles/" + id;
    }

    @PostMapping("/kb/articles/{id}/publish")
    String publish(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        management.publish(id, actor);
        flash.addFlashAttribute("notice", "knowledge.published");
        return "redirect:/kb/articles/" + id;
    }

    @PostMapping("/kb/articles/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        management.delete(id, actor);
        flash.addFlashAttribute("notice", "knowledge.deleted");
        return "redirect:/kb";
    }

    /** FAQ order: one place up or down within the category, then back to the category's list. */
    @PostMapping("/kb/articles/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, @RequestParam long category, Actor actor) {
        management.move(id, direction, actor);
        return "redirect:/kb?category=" + category + "#article-" + id;
    }

    /** The editor's preview: the Markdown as readers will see it. */
    @PostMapping(value = "/kb/preview", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String body, Actor actor) {
        return management.preview(body, actor);
    }

    private String editor(ArticleView article, ArticleForm form, Map<String, String> errors, Actor actor,
                          Model model) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", categories.categories(actor));
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("languages", KnowledgeManagement.LANGUAGES.stream().sorted().toList());
        return "knowledge/editor";
    }

    static Map<String, String> errors(RuntimeException refused) {
        var errors = new LinkedHashMap<String, String>();
        if (refused instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        } else if (refused instanceof Conflict conflict) {
            errors.put(conflict.field() == null ? "form" : conflict.field(), conflict.getMessage());
        }
        return errors;
    }
}
