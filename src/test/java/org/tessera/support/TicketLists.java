package org.tessera.support;

import java.util.ArrayList;
import java.util.List;

/** Reading the answer of GET /api/v1/tickets. */
public final class TicketLists {

    private TicketLists() {
    }

    public static List<Long> idsIn(Api.Response list) {
        if (list.status() != 200) {
            throw new IllegalStateException("Not a list: " + list);
        }
        var ids = new ArrayList<Long>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
