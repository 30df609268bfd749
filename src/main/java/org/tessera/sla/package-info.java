/**
 * Service level agreements: policies with targets for first response, next response and resolution per priority
 * (optionally per type or organization), business-hours calendars with time zone and holidays, and the clocks of
 * each ticket, which pause while it is pending. Listens to ticket and conversation events; publishes
 * {@link org.tessera.sla.SlaWarningRaised} and {@link org.tessera.sla.SlaBreached}, and writes both into the
 * ticket's history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package org.tessera.sla;
