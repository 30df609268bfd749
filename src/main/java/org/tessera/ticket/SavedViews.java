package org.tessera.ticket;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.internal.SavedView;
import org.tessera.ticket.internal.SavedViewRecords;

/** The views in the agent's side panel: the built-in ones, the shared ones, and the actor's own. */
@Service
@Transactional
public class SavedViews {

    private static final String UNSOLVED = "category=NEW,OPEN,PENDING";

    private static final List<ViewDefinition> STAFF_VIEWS = List.of(
            builtIn("my-open", "My open tickets", "assignee=me&" + UNSOLVED),
            builtIn("unassigned", "Unassigned", "assignee=none&" + UNSOLVED),
            builtIn("all-open", "All open", UNSOLVED),
            builtIn("recent", "Recently updated", "sort=-updated"));

    private static final List<ViewDefinition> COLLABORATOR_VIEWS = List.of(
            builtIn("my-requests", "My open requests", "requester=me&" + UNSOLVED),
            builtIn("following", "Following", "follower=me&" + UNSOLVED),
            builtIn("recent", "Recently updated", "sort=-updated"));

    private final SavedViewRecords views;

    SavedViews(SavedViewRecords views) {
        this.views = views;
    }

    @Transactional(readOnly = true)
    public List<ViewDefinition> of(Actor actor) {
        var result = new ArrayList<>(actor.isStaff() ? STAFF_VIEWS : COLLABORATOR_VIEWS);
        if (actor.userId() != null) {
            views.visibleTo(actor.userId()).stream().map(SavedViews::definition).forEach(result::add);
        }
        return result;
    }

    /** A view by its handle: a built-in key, or the id of a saved view the actor may use. */
    @Transactional(readOnly = true)
    public ViewDefinition find(String handle, Actor actor) {
        return of(actor).stream().filter(v -> v.handle().equals(handle)).findFirst()
                .orElseThrow(() -> new NotFound("View " + handle));
    }

    public ViewDefinition save(String name, TicketQuery query, boolean shared, Actor actor) {
        if (shared && !actor.isStaff()) {
            throw new Forbidden("Only agents share views");
        }
        SavedView view = views.save(new SavedView(requireName(name), shared ? null : actor.userId(),
                query.toQueryString()));
        return definition(view);
    }

    public ViewDefinition update(long id, String name, TicketQuery query, Actor actor) {
        SavedView view = changeable(id, actor);
        view.redefine(requireName(name), query.toQueryString());
        return definition(view);
    }

    public void delete(long id, Actor actor) {
        views.delete(changeable(id, actor));
    }

    /** One's own views; shared views are changed by administrators. */
    private SavedView changeable(long id, Actor actor) {
        SavedView view = views.findById(id).filter(v -> v.ownerId() == null || v.ownerId().equals(actor.userId()))
                .orElseThrow(() -> new NotFound("View " + id));
        if (view.ownerId() == null && !actor.isAdmin()) {
            throw new Forbidden("Only administrators change shared views");
        }
        return view;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be empty");
        }
        if (name.strip().length() > 80) {
            throw new InvalidInput("name", "must have at most 80 characters");
        }
        return name.strip();
    }

    private static ViewDefinition builtIn(String key, String name, String query) {
        return new ViewDefinition(null, key, name, query, true, null);
    }

    private static ViewDefinition definition(SavedView view) {
        return new ViewDefinition(view.id(), null, view.name(), view.query(), view.ownerId() == null, view.ownerId());
    }
}
