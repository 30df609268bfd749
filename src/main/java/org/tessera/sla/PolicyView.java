package org.tessera.sla;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An SLA policy: which tickets it covers (types and organizations, empty meaning all), the calendar its targets count
 * in (null: around the clock), how long before a target the warning comes, and the targets per priority 1..5.
 */
public record PolicyView(long id, String name, int position, boolean active, Long calendarId, List<String> typeKeys,
                         List<Long> organizationIds, int warnBeforeMinutes, Map<Integer, Targets> targets) {

    /** Minutes of business time; null means no target for that metric. */
    public record Targets(Integer firstResponseMinutes, Integer nextResponseMinutes, Integer resolutionMinutes) {

        public Integer minutesFor(SlaMetric metric) {
            return switch (metric) {
                case FIRST_RESPONSE -> firstResponseMinutes;
                case NEXT_RESPONSE -> nextResponseMinutes;
                case RESOLUTION -> resolutionMinutes;
            };
        }

        public boolean isEmpty() {
            return firstResponseMinutes == null && nextResponseMinutes == null && resolutionMinutes == null;
        }
    }

    public boolean covers(String typeKey, Long organizationId, int priority) {
        return active && (typeKeys.isEmpty() || typeKeys.contains(typeKey))
                && (organizationIds.isEmpty() || organizationId != null && organizationIds.contains(organizationId))
                && targetsFor(priority).isPresent();
    }

    /**
     * Whether this policy, ahead of {@code later} in the order, takes every ticket the later one would cover: then the
     * later one never applies. An inactive policy takes nothing.
     */
    public boolean takesEveryTicketOf(PolicyView later) {
        return active && (typeKeys.isEmpty() || !later.typeKeys.isEmpty() && typeKeys.containsAll(later.typeKeys))
                && (organizationIds.isEmpty()
                    || !later.organizationIds.isEmpty() && organizationIds.containsAll(later.organizationIds))
                && java.util.stream.IntStream.rangeClosed(1, 5)
                    .filter(priority -> later.targetsFor(priority).isPresent())
                    .allMatch(priority -> targetsFor(priority).isPresent());
    }

    /** The first policy before this one, in {@code inOrder}, that leaves it no ticket to cover. */
    public Optional<PolicyView> shadowedIn(List<PolicyView> inOrder) {
        for (PolicyView earlier : inOrder) {
            if (earlier.id == id) {
                return Optional.empty();
            }
            if (earlier.takesEveryTicketOf(this)) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    public Optional<Targets> targetsFor(int priority) {
        return Optional.ofNullable(targets.get(priority)).filter(t -> !t.isEmpty());
    }

    public Integer minutes(int priority, SlaMetric metric) {
        return targetsFor(priority).map(t -> t.minutesFor(metric)).orElse(null);
    }
}
