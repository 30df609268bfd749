package org.tessera.ticket.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.identity.Actor;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketExtension;

/**
 * The API's representation of a ticket: status by key, people as {id, email, name}; properties other modules add
 * through {@link org.tessera.ticket.TicketExtension} follow the ticket's own fields.
 */
record TicketJson(long id, long number, String subject, String description, String status,
                  StatusCategory statusCategory, int priority, String type, Person requester, Named organization,
                  Person assignee, Named team, List<String> tags, Instant dueAt, Map<String, Object> customFields,
                  String channel, List<Person> followers, Instant createdAt, Instant updatedAt,
                  Instant firstResponseAt, Instant resolvedAt, Long version,
                  @JsonIgnore Map<String, Object> extensions) {

    @JsonAnyGetter
    Map<String, Object> extensionProperties() {
        return extensions;
    }

    record Person(long id, String email, String name) {
        static Person of(UserSummary user) {
            return user == null ? null : new Person(user.id(), user.email(), user.displayName());
        }
    }

    record Named(long id, String name) {
        static Named of(OrganizationSummary o) {
            return o == null ? null : new Named(o.id(), o.name());
        }

        static Named of(TeamSummary t) {
            return t == null ? null : new Named(t.id(), t.name());
        }
    }

    static TicketJson of(TicketDetails t, Actor actor, List<TicketExtension> extensions) {
        var extra = new LinkedHashMap<String, Object>();
        extensions.forEach(e -> extra.put(e.property(), e.valueFor(t, actor).orElse(null)));
        return of(t).with(extra);
    }

    private TicketJson with(Map<String, Object> extra) {
        return new TicketJson(id, number, subject, description, status, statusCategory, priority, type, requester,
                organization, assignee, team, tags, dueAt, customFields, channel, followers, createdAt, updatedAt,
                firstResponseAt, resolvedAt, version, extra);
    }

    static TicketJson of(TicketDetails t) {
        return new TicketJson(t.id(), t.number(), t.subject(), t.description(), t.status().key(),
                t.status().category(), t.priority(), t.type().key(), Person.of(t.requester()),
                Named.of(t.organization()), Person.of(t.assignee()), Named.of(t.team()), t.tags(), t.dueAt(),
                t.customFields(), t.channel(), t.followers().stream().map(Person::of).toList(), t.createdAt(),
                t.updatedAt(), t.firstResponseAt(), t.resolvedAt(), t.version(), Map.of());
    }
}
