package org.tessera.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policies apply in order: one placed after a policy that takes all its tickets never applies, and the list says so. */
class PolicyOrderTests {

    private static final PolicyView.Targets HOURS = new PolicyView.Targets(60, null, 480);

    private static PolicyView policy(long id, boolean active, List<String> types, List<Long> organizations,
                                     Integer... priorities) {
        var targets = new java.util.TreeMap<Integer, PolicyView.Targets>();
        for (int priority : priorities) {
            targets.put(priority, HOURS);
        }
        return new PolicyView(id, "Policy " + id, (int) id, active, null, types, organizations, 60, Map.copyOf(targets));
    }

    private final PolicyView everything = policy(1, true, List.of(), List.of(), 1, 2, 3, 4, 5);
    private final PolicyView northwindIncidents = policy(2, true, List.of("incident"), List.of(4L), 1, 2);

    @Test
    void aSpecificPolicyAfterACatchAllNeverApplies() {
        assertThat(northwindIncidents.shadowedIn(List.of(everything, northwindIncidents))).contains(everything);
    }

    @Test
    void aSpecificPolicyBeforeTheCatchAllApplies() {
        assertThat(northwindIncidents.shadowedIn(List.of(northwindIncidents, everything))).isEmpty();
        assertThat(everything.shadowedIn(List.of(northwindIncidents, everything))).isEmpty();
    }

    @Test
    void aPolicyWithTargetsForAPriorityTheEarlierOneLacksStillApplies() {
        var urgentOnly = policy(3, true, List.of(), List.of(), 1);
        var lowest = policy(4, true, List.of(), List.of(), 1, 5);

        assertThat(lowest.shadowedIn(List.of(urgentOnly, lowest))).isEmpty();
    }

    @Test
    void aPolicyForMoreOrganizationsOrTypesThanTheEarlierOneStillApplies() {
        var twoOrganizations = policy(5, true, List.of("incident"), List.of(4L, 5L), 1, 2);
        var everyType = policy(6, true, List.of(), List.of(4L), 1, 2);

        assertThat(twoOrganizations.shadowedIn(List.of(northwindIncidents, twoOrganizations))).isEmpty();
        assertThat(everyType.shadowedIn(List.of(northwindIncidents, everyType))).isEmpty();
    }

    @Test
    void anInactivePolicyTakesNothing() {
        var switchedOff = policy(7, false, List.of(), List.of(), 1, 2, 3, 4, 5);

        assertThat(northwindIncidents.shadowedIn(List.of(switchedOff, northwindIncidents))).isEmpty();
    }
}
