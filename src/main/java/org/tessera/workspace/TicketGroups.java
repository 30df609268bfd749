package org.tessera.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tessera.ticket.TicketRow;

/** Splits a page of rows into labelled groups; the query already sorted the rows by the group key. */
final class TicketGroups {

    record Group(String label, List<TicketRow> rows) {
    }

    private TicketGroups() {
    }

    static List<Group> of(List<TicketRow> rows, String groupBy, MessageSource messages) {
        if (groupBy == null) {
            return List.of(new Group(null, rows));
        }
        Function<TicketRow, String> label = switch (groupBy) {
            case "status" -> r -> r.type().name() + " · " + r.status().name();
            case "category" -> r -> message(messages, "category." + r.status().category());
            case "priority" -> r -> message(messages, "priority." + r.priority());
            case "assignee" -> r -> r.assignee() == null ? message(messages, "tickets.unassigned") : r.assignee().displayName();
            case "team" -> r -> r.team() == null ? message(messages, "tickets.noTeam") : r.team().name();
            case "type" -> r -> r.type().name();
            case "organization" -> r -> r.organization() == null ? message(messages, "tickets.noOrganization") : r.organization().name();
            default -> r -> r.requester() == null ? "?" : r.requester().displayName();
        };
        var groups = new ArrayList<Group>();
        for (TicketRow row : rows) {
            String l = label.apply(row);
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).label(), l)) {
                groups.add(new Group(l, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).rows().add(row);
        }
        return groups;
    }

    private static String message(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
