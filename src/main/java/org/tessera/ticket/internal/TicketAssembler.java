package org.tessera.ticket.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.HistoryEntry;
import org.tessera.ticket.TicketDetails;

/** Turns stored tickets and history into what people read: ids resolved to names with one batch lookup each. */
@Component
public class TicketAssembler {

    private final Directory directory;

    TicketAssembler(Directory directory) {
        this.directory = directory;
    }

    public TicketDetails details(Ticket t, Catalog catalog) {
        Set<Long> people = new HashSet<>(t.followers());
        people.add(t.requesterId());
        if (t.assigneeId() != null) {
            people.add(t.assigneeId());
        }
        Map<Long, UserSummary> users = directory.users(people);
        var followers = t.followers().stream().map(users::get).filter(u -> u != null)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
        return new TicketDetails(t.id(), t.number(), t.subject(), t.description(), users.get(t.requesterId()),
                t.organizationId() == null ? null : directory.organization(t.organizationId()).orElse(null),
                catalog.type(t.typeId()), catalog.status(t.statusId()), t.priority(),
                t.assigneeId() == null ? null : users.get(t.assigneeId()),
                t.teamId() == null ? null : directory.team(t.teamId()).orElse(null),
                t.tags(), t.dueAt(), t.customFields(), t.channel(), t.createdAt(), t.updatedAt(),
                t.firstResponseAt(), t.resolvedAt(), followers, t.version());
    }

    public List<HistoryEntry> history(Collection<HistoryRecord> records, Catalog catalog) {
        Set<Long> people = new HashSet<>();
        for (HistoryRecord r : records) {
            if (r.actorId() != null) {
                people.add(r.actorId());
            }
            String field = r.change().field();
            if (field.equals("assignee") || field.equals("requester") || field.equals("follower")) {
                addId(people, r.change().oldValue());
                addId(people, r.change().newValue());
            }
        }
        Map<Long, UserSummary> users = directory.users(people);
        var teams = directory.teamsById();
        var entries = new ArrayList<HistoryEntry>();
        for (HistoryRecord r : records) {
            var change = r.change();
            var names = new ValueNames(catalog, users, teams, directory);
            entries.add(new HistoryEntry(r.id(), r.version(), r.actorId() == null ? null : users.get(r.actorId()),
                    r.via(), r.at(), change.field(), names.of(change.field(), change.oldValue()),
                    names.of(change.field(), change.newValue())));
        }
        return entries;
    }

    private static void addId(Set<Long> ids, String value) {
        if (value != null && value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            ids.add(Long.parseLong(value));
        }
    }
}
