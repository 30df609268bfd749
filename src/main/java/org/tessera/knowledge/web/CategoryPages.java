package org.tessera.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.knowledge.CategoryManagement;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;

/** The knowledge base's categories: add, rename, order, delete (when empty). */
@Controller
class CategoryPages {

    private final CategoryManagement management;

    CategoryPages(CategoryManagement management) {
        this.management = management;
    }

    @GetMapping("/kb/categories")
    String list(Actor actor, Model model) {
        return page(actor, model, Map.of(), null);
    }

    @PostMapping("/kb/categories")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                  Actor actor, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            management.createCategory(name, description, actor);
            flash.addFlashAttribute("notice", "knowledge.category.created");
            return "redirect:/kb/categories";
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            return page(actor, model, ArticleEditor.errors(refused), null);
        }
    }

    @PostMapping("/kb/categories/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, Actor actor, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        try {
            management.updateCategory(id, name, description, actor);
            flash.addFlashAttribute("notice", "knowledge.category.saved");
            return "redirect:/kb/categories";
        } catch (InvalidInput | Conflict refused) {
            response.setStatus(refused instanceof InvalidInput ? 400 : 409);
            return page(actor, model, ArticleEditor.errors(refused), id);
        }
    }

    @PostMapping("/kb/categories/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, Actor actor) {
        management.moveCategory(id, direction, actor);
        return "redirect:/kb/categories";
    }

    @PostMapping("/kb/categories/{id}/delete")
    String delete(@PathVariable long id, Actor actor, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        try {
            management.deleteCategory(id, actor);
            flash.addFlashAttribute("notice", "knowledge.category.deleted");
            return "redirect:/kb/categories";
        } catch (Conflict refused) {
            response.setStatus(409);
            return page(actor, model, ArticleEditor.errors(refused), id);
        }
    }

    private String page(Actor actor, Model model, Map<String, String> errors, Long failed) {
        model.addAttribute("categories", management.categories(actor));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "knowledge/categories";
    }
}
