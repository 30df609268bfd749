package org.tessera.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.shared.Conflict;
import org.tessera.shared.ConflictDetails;

/** Somebody saved the ticket after the caller loaded it; nothing was overwritten, and here is what they changed. */
public class StaleTicket extends Conflict implements ConflictDetails {

    private final long currentVersion;
    private final List<HistoryEntry> changesSince;

    public StaleTicket(long currentVersion, List<HistoryEntry> changesSince) {
        super("version", "The ticket was changed by someone else since you loaded it (now at version "
                + currentVersion + "); review their changes and save again");
        this.currentVersion = currentVersion;
        this.changesSince = List.copyOf(changesSince);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<HistoryEntry> changesSince() {
        return changesSince;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentVersion", currentVersion, "changes", changesSince.stream().map(change -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("field", change.field());
            entry.put("from", change.oldValue());
            entry.put("to", change.newValue());
            entry.put("by", change.actor() == null ? "system" : change.actor().displayName());
            entry.put("at", change.at().toString());
            return entry;
        }).toList());
    }
}
