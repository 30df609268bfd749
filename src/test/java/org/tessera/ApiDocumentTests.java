package org.tessera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document says what the API answers, so clients generated from it work. */
class ApiDocumentTests extends IntegrationTest {

    @Test
    void everyCreatingCallIsDocumentedAsAnswering201() {
        JsonNode paths = new org.tessera.support.Api(baseUrl()).get("/v3/api-docs").json().get("paths");

        for (String path : List.of("/api/v1/tickets", "/api/v1/tickets/{ticketId}/messages",
                "/api/v1/tickets/{ticketId}/attachments", "/api/v1/users", "/api/v1/organizations", "/api/v1/teams",
                "/api/v1/custom-fields", "/api/v1/kb/articles", "/api/v1/kb/categories", "/api/v1/mail/mailboxes",
                "/api/v1/tokens")) {
            JsonNode responses = paths.get(path).get("post").get("responses");

            assertThat(responses.has("201")).as(path + " answers " + responses.propertyNames()).isTrue();
            assertThat(responses.has("200")).as(path).isFalse();
        }
    }
}
