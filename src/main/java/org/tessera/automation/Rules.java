package org.tessera.automation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.automation.internal.DryRun;
import org.tessera.automation.internal.RuleCheck;
import org.tessera.automation.internal.RuleStore;
import org.tessera.automation.rule.Rule;
import org.tessera.identity.Actor;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** The administrator's rules: in order, each with its trigger, conditions and actions; and their dry run. */
@Service
@Transactional
public class Rules {

    public static final int DRY_RUN_DEFAULT = 50;
    public static final int DRY_RUN_MAX = 100;

    private final RuleStore store;
    private final RuleCheck check;
    private final DryRun dryRun;
    private final Clock clock;

    Rules(RuleStore store, RuleCheck check, DryRun dryRun, Optional<Clock> clock) {
        this.store = store;
        this.check = check;
        this.dryRun = dryRun;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<Rule> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Rule get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("Rule " + id));
    }

    @Transactional(readOnly = true)
    public Map<Long, RuleStore.RuleActivity> activity() {
        return store.activity();
    }

    public Rule create(Rule draft, Actor actor) {
        requireAdmin(actor);
        check.check(draft);
        return get(store.create(draft));
    }

    public Rule update(long id, Rule draft, Actor actor) {
        requireAdmin(actor);
        get(id);
        check.check(draft);
        store.update(id, draft);
        return get(id);
    }

    public void activate(long id, boolean active, Actor actor) {
        requireAdmin(actor);
        get(id);
        store.activate(id, active);
    }

    /** Moves a rule one place earlier (-1) or later (+1): rules run in this order. */
    public void move(long id, int direction, Actor actor) {
        requireAdmin(actor);
        var ids = new ArrayList<>(store.all().stream().map(Rule::id).toList());
        int index = ids.indexOf(get(id).id());
        int other = index + Integer.signum(direction);
        if (other >= 0 && other < ids.size()) {
            ids.add(other, ids.remove(index));
            store.reorder(ids);
        }
    }

    public void delete(long id, Actor actor) {
        requireAdmin(actor);
        get(id);
        store.delete(id);
    }

    /**
     * What the rule (saved or not) would do to the {@code last} most recently updated tickets, changing nothing.
     * The draft is checked like a save, so what runs here is what would be saved.
     */
    @Transactional(readOnly = true)
    public DryRunReport dryRun(Rule draft, int last, Actor actor) {
        requireAdmin(actor);
        if (last < 1 || last > DRY_RUN_MAX) {
            throw new InvalidInput("last", "must be between 1 and " + DRY_RUN_MAX);
        }
        check.check(draft);
        return dryRun.run(draft.withId(draft.id() == 0 ? -1 : draft.id(), 0), last, clock.instant());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators manage rules");
        }
    }
}
