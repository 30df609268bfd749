package org.tessera.sla;

import java.time.Instant;
import java.util.List;

/** Where a ticket stands against its SLA: the policy and each target's clock. */
public record SlaStatus(String policy, List<Target> targets) {

    /** One target; {@code dueAt} is null while paused. */
    public record Target(SlaMetric metric, Instant dueAt, boolean paused, boolean met, boolean breached,
                         Instant stoppedAt) {
    }

    public boolean breached() {
        return targets.stream().anyMatch(Target::breached);
    }

    public boolean paused() {
        return targets.stream().anyMatch(Target::paused);
    }

    public Instant dueAt(SlaMetric metric) {
        return targets.stream().filter(t -> t.metric() == metric).findFirst().map(Target::dueAt).orElse(null);
    }

    public List<Target> open() {
        return targets.stream().filter(t -> t.stoppedAt() == null).toList();
    }
}
