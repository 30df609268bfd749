package org.tessera.automation.internal;

import org.tessera.identity.Directory;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;

/** Raw field values (ids) as people read them: status and type names, people's and teams' names. */
record ValueNames(Catalog catalog, Directory directory) {

    String of(String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        try {
            long id = Long.parseLong(value);
            return switch (field) {
                case "status" -> {
                    StatusView s = catalog.status(id);
                    yield s == null ? value : s.name();
                }
                case "type" -> {
                    TicketTypeView t = catalog.type(id);
                    yield t == null ? value : t.name();
                }
                case "assignee", "follower" -> directory.user(id).map(UserSummary::displayName).orElse(value);
                case "team" -> directory.team(id).map(TeamSummary::name).orElse(value);
                case "priority" -> "P" + value;
                default -> value;
            };
        } catch (NumberFormatException notAnId) {
            return value;
        }
    }
}
