package org.tessera.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.knowledge.internal.ArticleSearch;
import org.tessera.knowledge.internal.Articles;
import org.tessera.knowledge.internal.Categories;
import org.tessera.knowledge.internal.Category;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** The knowledge base's categories, in the order readers see them: added, renamed, ordered and (when empty) removed. */
@Service
@Transactional
public class CategoryManagement {

    private final Categories categories;
    private final Articles articles;
    private final ArticleSearch search;

    CategoryManagement(Categories categories, Articles articles, ArticleSearch search) {
        this.categories = categories;
        this.articles = articles;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public List<CategoryView> categories(Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        return search.categories(Reader.of(actor), true);
    }

    public CategoryView createCategory(String name, String description, Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        String clean = categoryName(name);
        categories.findByName(clean).ifPresent(other -> {
            throw new Conflict("name", "A category named " + clean + " already exists");
        });
        int position = categories.inOrder().stream().mapToInt(Category::position).max().orElse(0) + 1;
        Category saved = categories.save(new Category(clean, text(description), position));
        return new CategoryView(saved.id(), saved.name(), saved.description(), saved.position(), 0);
    }

    public void updateCategory(long id, String name, String description, Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        Category category = category(id);
        String clean = categoryName(name);
        categories.findByName(clean).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Conflict("name", "A category named " + clean + " already exists");
        });
        category.describe(clean, text(description));
    }

    /** One place up (-1) or down (+1) among the categories. */
    public void moveCategory(long id, int direction, Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        List<Category> ordered = new ArrayList<>(categories.inOrder());
        int at = KnowledgeManagement.indexOf(ordered.stream().map(Category::id).toList(), id);
        int to = at + Integer.signum(direction);
        if (to >= 0 && to < ordered.size()) {
            ordered.add(to, ordered.remove(at));
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    public void deleteCategory(long id, Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        Category category = category(id);
        long inside = articles.countByCategoryId(id);
        if (inside > 0) {
            throw new Conflict("category", inside + " articles are in this category; move or delete them first");
        }
        categories.delete(category);
    }

    private Category category(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFound("Category"));
    }

    private static String categoryName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        String clean = name.strip();
        if (clean.length() > 100) {
            throw new InvalidInput("name", "must have at most 100 characters");
        }
        return clean;
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
