package org.tessera.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import org.tessera.support.Api;
import tools.jackson.databind.JsonNode;

/** Articles made through the API, as the given author; every call fails loudly if it is refused. */
final class KnowledgeFixtures {

    private KnowledgeFixtures() {
    }

    static JsonNode published(Api author, String title, String body, String audience, Long... organizations) {
        return article(author, title, body, audience, true, organizations);
    }

    static JsonNode article(Api author, String title, String body, String audience, boolean published,
                            Long... organizations) {
        var request = new LinkedHashMap<String, Object>();
        request.put("title", title);
        request.put("body", body);
        request.put("audience", audience);
        request.put("published", published);
        if (organizations.length > 0) {
            request.put("organizationIds", List.of(organizations));
        }
        var response = author.post("/api/v1/kb/articles", request);
        if (response.status() != 201) {
            throw new IllegalStateException("Not created: " + response);
        }
        return response.json();
    }

    static List<Long> ids(Api.Response list) {
        if (list.status() != 200) {
            throw new IllegalStateException("Not a list: " + list);
        }
        var ids = new java.util.ArrayList<Long>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
