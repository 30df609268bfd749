package org.tessera.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.InvalidInput.Violation;
import org.tessera.shared.NotFound;
import org.tessera.sla.internal.CalendarStore;
import org.tessera.sla.internal.ClockStore;
import org.tessera.sla.internal.PolicyStore;
import org.tessera.sla.internal.SlaClock;
import org.tessera.sla.internal.TargetClock;
import org.tessera.ticket.Workflows;

/** SLA policies, in order: a ticket gets the first active policy that covers it. */
@Service
@Transactional
public class SlaPolicies {

    private final PolicyStore policies;
    private final CalendarStore calendars;
    private final ClockStore clocks;
    private final SlaClock slaClock;
    private final Workflows workflows;
    private final Directory directory;

    SlaPolicies(PolicyStore policies, CalendarStore calendars, ClockStore clocks, SlaClock slaClock,
                Workflows workflows, Directory directory) {
        this.policies = policies;
        this.calendars = calendars;
        this.clocks = clocks;
        this.slaClock = slaClock;
        this.workflows = workflows;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<PolicyView> all() {
        return policies.all();
    }

    @Transactional(readOnly = true)
    public PolicyView get(long id) {
        return policies.find(id).orElseThrow(() -> new NotFound("SLA policy " + id));
    }

    /** Creates ({@code id} null) or changes a policy; running clocks it covers take its new targets at once. */
    public PolicyView save(Long id, PolicyView draft, Actor actor) {
        BusinessCalendars.requireAdmin(actor);
        if (id != null) {
            get(id);
        }
        var violations = new ArrayList<Violation>();
        if (draft.name() == null || draft.name().isBlank()) {
            violations.add(new Violation("name", "must not be empty"));
        }
        if (draft.calendarId() != null && calendars.find(draft.calendarId()).isEmpty()) {
            violations.add(new Violation("calendarId", "no calendar has the id " + draft.calendarId()));
        }
        for (String type : draft.typeKeys()) {
            if (workflows.catalog().type(type).isEmpty()) {
                violations.add(new Violation("typeKeys", "'" + type + "' is not a ticket type"));
            }
        }
        if (!draft.organizationIds().isEmpty()
                && directory.organizations(draft.organizationIds()).size() != draft.organizationIds().size()) {
            violations.add(new Violation("organizationIds", "an organization does not exist"));
        }
        if (draft.warnBeforeMinutes() < 0) {
            violations.add(new Violation("warnBeforeMinutes", "must be 0 or more"));
        }
        draft.targets().forEach((priority, targets) -> {
            if (priority < 1 || priority > 5) {
                violations.add(new Violation("targets", "priorities run from 1 to 5"));
            }
            for (SlaMetric metric : SlaMetric.values()) {
                Integer minutes = targets.minutesFor(metric);
                if (minutes != null && (minutes < 1 || minutes > 525_600)) {
                    violations.add(new Violation("targets." + priority + "." + metric,
                            "must be between 1 minute and a year"));
                }
            }
        });
        if (draft.targets().values().stream().allMatch(PolicyView.Targets::isEmpty)) {
            violations.add(new Violation("targets", "set at least one target"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        long saved = policies.save(id, new PolicyView(0, draft.name().strip(), 0, draft.active(), draft.calendarId(),
                draft.typeKeys(), draft.organizationIds(), draft.warnBeforeMinutes(), Map.copyOf(draft.targets())));
        slaClock.retargetPolicy(saved);
        return get(saved);
    }

    /** Moves a policy one place up (-1) or down (+1) in the order. */
    public void move(long id, int direction, Actor actor) {
        BusinessCalendars.requireAdmin(actor);
        List<PolicyView> all = new ArrayList<>(policies.all());
        int index = all.indexOf(get(id));
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= all.size()) {
            return;
        }
        all.add(other, all.remove(index));
        for (int i = 0; i < all.size(); i++) {
            policies.move(all.get(i).id(), i + 1);
        }
    }

    /** Deletes a policy; its tickets' clocks go with it. */
    public void delete(long id, Actor actor) {
        BusinessCalendars.requireAdmin(actor);
        get(id);
        var tickets = clocks.ofPolicy(id).stream().map(TargetClock::ticketId).distinct().sorted().toList();
        // The tickets first, then their clocks (which go with the policy), in the order every ticket change takes.
        tickets.forEach(slaClock::hold);
        policies.delete(id);
        tickets.forEach(slaClock::refreshDue);
    }
}
