package org.tessera.sla;

import java.time.Instant;

/** An SLA target of a ticket was missed. */
public record SlaBreached(long ticketId, SlaMetric metric, String policy, Instant dueAt, Instant at) {
}
