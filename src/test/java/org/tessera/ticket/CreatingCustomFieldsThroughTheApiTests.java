package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import tools.jackson.databind.JsonNode;

/**
 * API clients read every type's workflow and fields; only administrators add fields. The fields made here are
 * optional, so the shipped types they join keep working for every other test.
 */
class CreatingCustomFieldsThroughTheApiTests extends IntegrationTest {

    @Test
    void anAdministratorAddsAFieldToAType() {
        var people = new People(api);
        String key = "api_" + People.unique().replace('-', '_');

        var response = people.admin().post("/api/v1/custom-fields", Map.of("typeKey", "task", "key", key,
                "label", "Machine", "kind", "MULTI_SELECT", "options", List.of("Lathe", "Mill")));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("typeKey").asString()).isEqualTo("task");
        assertThat(response.json().get("required").asBoolean()).isFalse();
        JsonNode field = fieldsOf(people.customer().api().get("/api/v1/ticket-types").json(), "task").stream()
                .filter(f -> f.get("key").asString().equals(key)).findFirst().orElseThrow();
        assertThat(field.get("label").asString()).isEqualTo("Machine");
        assertThat(field.get("options").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Lathe", "Mill");
    }

    @Test
    void anAgentMayNotAddFields() {
        var agent = new People(api).agent();

        var response = agent.api().post("/api/v1/custom-fields",
                Map.of("typeKey", "task", "key", "agent_" + People.unique().replace('-', '_'), "label", "Nope",
                        "kind", "TEXT"));

        assertThatProblem(response).hasStatus(403);
    }

    @Test
    void anUnknownTypeIsRefusedByName() {
        var admin = new People(api).admin();

        var response = admin.post("/api/v1/custom-fields",
                Map.of("typeKey", "no_such_type", "key", "lost_" + People.unique(), "label", "Lost", "kind", "TEXT"));

        assertThatProblem(response).hasStatus(400).namesField("typeKey");
    }

    @Test
    void aCustomerReadsEachTypesWorkflow() {
        var customer = new People(api).customer();

        var types = customer.api().get("/api/v1/ticket-types").json();

        JsonNode question = types.valueStream().filter(t -> t.get("key").asString().equals("question"))
                .findFirst().orElseThrow();
        JsonNode fresh = question.get("statuses").get(0);
        assertThat(fresh.get("key").asString()).isEqualTo("new");
        assertThat(fresh.get("category").asString()).isEqualTo("NEW");
        assertThat(fresh.get("next").valueStream().map(JsonNode::asString).toList()).contains("open", "resolved");
    }

    private static List<JsonNode> fieldsOf(JsonNode types, String typeKey) {
        return types.valueStream().filter(t -> t.get("key").asString().equals(typeKey)).findFirst().orElseThrow()
                .get("customFields").valueStream().toList();
    }
}
