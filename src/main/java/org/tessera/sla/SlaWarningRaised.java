package org.tessera.sla;

import java.time.Instant;

/** An SLA target of a ticket falls due soon (the policy says how soon). */
public record SlaWarningRaised(long ticketId, SlaMetric metric, String policy, Instant dueAt, Instant at) {
}
