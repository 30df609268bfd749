package org.tessera.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.sla.internal.ClockStore;
import org.tessera.sla.internal.SlaPolicySelection;

/** Reading where tickets stand against their SLA. */
@Service
@Transactional(readOnly = true)
public class SlaClocks {

    private final ClockStore clocks;
    private final SlaPolicySelection policies;

    SlaClocks(ClockStore clocks, SlaPolicySelection policies) {
        this.clocks = clocks;
        this.policies = policies;
    }

    public Optional<SlaStatus> of(long ticketId) {
        List<ClockStore.Named> found = clocks.withPolicyNames(ticketId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String policy = found.get(found.size() - 1).policy();
        return Optional.of(new SlaStatus(policy, found.stream().map(ClockStore.Named::clock)
                .map(c -> new SlaStatus.Target(c.metric(), c.dueAt(), c.paused(), c.stopped() && c.breachedAt() == null,
                        c.breachedAt() != null, c.stoppedAt())).toList()));
    }
}
