package org.tessera.sla.internal;

import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tessera.sla.BusinessHours;
import org.tessera.sla.PolicyView;
import org.tessera.ticket.TicketDetails;

/** Which policy covers a ticket (the first active one, in order, whose filters and priorities fit) and its hours. */
@Component
public class SlaPolicySelection {

    private final PolicyStore policies;
    private final CalendarStore calendars;

    SlaPolicySelection(PolicyStore policies, CalendarStore calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    public PolicyView coveringOrNull(TicketDetails ticket) {
        List<PolicyView> all = policies.all();
        return all.stream().filter(p -> p.covers(ticket.type().key(),
                ticket.organization() == null ? null : ticket.organization().id(), ticket.priority()))
                .findFirst().orElse(null);
    }

    public BusinessHours hoursOf(PolicyView policy) {
        return hoursOfCalendar(policy.calendarId());
    }

    public BusinessHours hoursOf(long policyId) {
        return policies.find(policyId).map(this::hoursOf).orElse(BusinessHours.aroundTheClock(ZoneOffset.UTC));
    }

    public BusinessHours hoursOfCalendar(Long calendarId) {
        if (calendarId == null) {
            return BusinessHours.aroundTheClock(ZoneOffset.UTC);
        }
        return calendars.find(calendarId).map(c -> c.hours()).orElse(BusinessHours.aroundTheClock(ZoneOffset.UTC));
    }

    public String nameOf(long policyId) {
        return policies.find(policyId).map(PolicyView::name).orElse("SLA");
    }
}
