package org.tessera.ticket.internal;

import java.util.Map;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.StatusView;
import org.tessera.ticket.TicketTypeView;

/** The readable form of a stored history value: a status id becomes its name, a user id the person's name. */
record ValueNames(Catalog catalog, Map<Long, UserSummary> users, Map<Long, TeamSummary> teams, Directory directory) {

    String of(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            return switch (field) {
                case "status" -> name(catalog.status(id));
                case "type" -> typeName(catalog.type(id));
                case "assignee", "requester", "follower" -> users.containsKey(id) ? users.get(id).displayName() : value;
                case "team" -> teams.containsKey(id) ? teams.get(id).name() : value;
                case "organization" -> directory.organization(id).map(OrganizationSummary::name).orElse(value);
                default -> value;
            };
        } catch (NumberFormatException notAnId) {
            return value;
        }
    }

    private static String name(StatusView status) {
        return status == null ? "?" : status.name();
    }

    private static String typeName(TicketTypeView type) {
        return type == null ? "?" : type.name();
    }
}
