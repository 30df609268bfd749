package org.tessera.workspace;

import java.util.HashSet;
import java.util.Set;
import org.tessera.ticket.HistoryEntry;
import org.tessera.ticket.StaleTicket;
import org.tessera.ticket.TicketEdit;

/**
 * Whether an agent's save may go through although the ticket changed since the page was loaded. Rules act on the
 * agent's own reply (the shipped "pending after a public agent reply" sets the status a second later), so refusing
 * such saves would refuse nearly every save made after a reply. A save goes through when everything that changed
 * since was done by Tessera itself (rules, SLA, email intake) and touched none of the fields the agent changed; a
 * person's change, or an automatic one to the same field, is still shown as a conflict.
 */
final class SaveOverAutomation {

    /** History lines that record what happened rather than a field's new value. */
    private static final Set<String> NOT_FIELDS = Set.of("automation", "automation.failed", "sla", "ticket");

    private SaveOverAutomation() {
    }

    static boolean allows(TicketEdit edit, boolean requesterChanged, StaleTicket stale) {
        Set<String> mine = fieldsOf(edit, requesterChanged);
        // Another type moves the ticket to a status of that type and may drop custom fields.
        boolean retyped = edit.typeKey() != null;
        for (HistoryEntry change : stale.changesSince()) {
            if (NOT_FIELDS.contains(change.field())) {
                continue;
            }
            boolean sameField = mine.contains(change.field()) || retyped && change.field().startsWith("custom.");
            if (change.actor() != null || sameField) {
                return false;
            }
        }
        return true;
    }

    /** The history's names of the fields an edit changes. */
    private static Set<String> fieldsOf(TicketEdit edit, boolean requesterChanged) {
        var fields = new HashSet<String>();
        if (edit.typeKey() != null) {
            fields.add("type");
            fields.add("status");
        }
        if (edit.statusKey() != null) {
            fields.add("status");
        }
        if (edit.priority() != null) {
            fields.add("priority");
        }
        if (edit.assigneeId() != null) {
            fields.add("assignee");
        }
        if (edit.teamId() != null) {
            fields.add("team");
        }
        if (edit.tags() != null) {
            fields.add("tags");
        }
        if (edit.dueAt() != null) {
            fields.add("due");
        }
        if (edit.followerIds() != null) {
            fields.add("follower");
        }
        if (edit.customFields() != null) {
            edit.customFields().keySet().forEach(key -> fields.add("custom." + key));
        }
        if (requesterChanged || edit.requesterId() != null) {
            fields.add("requester");
            fields.add("organization");
        }
        return fields;
    }
}
