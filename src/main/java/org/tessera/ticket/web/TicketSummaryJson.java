package org.tessera.ticket.web;

import java.time.Instant;
import java.util.List;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketRow;
import org.tessera.ticket.web.TicketJson.Named;
import org.tessera.ticket.web.TicketJson.Person;

/** A ticket as a list item: the columns of a queue, without description, custom fields or followers. */
record TicketSummaryJson(long id, long number, String subject, String status, StatusCategory statusCategory,
                         int priority, String type, Person requester, Named organization, Person assignee, Named team,
                         List<String> tags, Instant dueAt, Instant createdAt, Instant updatedAt) {

    static TicketSummaryJson of(TicketRow r) {
        return new TicketSummaryJson(r.id(), r.number(), r.subject(), r.status().key(), r.status().category(),
                r.priority(), r.type().key(), Person.of(r.requester()), Named.of(r.organization()),
                Person.of(r.assignee()), Named.of(r.team()), r.tags(), r.dueAt(), r.createdAt(), r.updatedAt());
    }
}
