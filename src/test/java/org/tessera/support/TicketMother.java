package org.tessera.support;

import java.util.Map;
import java.util.UUID;
import org.tessera.support.People.Person;
import tools.jackson.databind.JsonNode;

/** Tickets and messages made through the API, as the given person; every call fails loudly if it is refused. */
public final class TicketMother {

    private TicketMother() {
    }

    /** A ticket the person opens for themselves. */
    public static JsonNode openedBy(Person requester, String subject) {
        return created(requester.api().post("/api/v1/tickets",
                Map.of("subject", subject, "description", "Details of " + subject)));
    }

    public static JsonNode messagePosted(Person author, long ticketId, String body, String visibility) {
        return created(author.api().post("/api/v1/tickets/" + ticketId + "/messages",
                Map.of("body", body, "visibility", visibility)));
    }

    public static JsonNode changed(Person editor, long ticketId, Map<String, Object> changes) {
        var response = editor.api().patch("/api/v1/tickets/" + ticketId, changes);
        if (response.status() != 200) {
            throw new IllegalStateException("Change refused: " + response);
        }
        return response.json();
    }

    /**
     * A word nobody else uses, made of letters only, so that subject search (which splits on anything but letters
     * and digits) finds exactly the tickets of one test.
     */
    public static String uniqueWord() {
        var word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static JsonNode created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Not created: " + response);
        }
        return response.json();
    }
}
