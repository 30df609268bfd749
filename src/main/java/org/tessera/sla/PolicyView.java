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

    public Optional<Targets> targetsFor(int priority) {
        return Optional.ofNullable(targets.get(priority)).filter(t -> !t.isEmpty());
    }

    public Integer minutes(int priority, SlaMetric metric) {
        return targetsFor(priority).map(t -> t.minutesFor(metric)).orElse(null);
    }
}
