package org.tessera.ticket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import tools.jackson.databind.JsonNode;

/**
 * An administrator shapes a ticket type of their own in the browser, and tickets of that type follow at once. Each
 * test makes its own type, so the shipped ones every other test relies on stay as they are.
 */
class ConfiguringATicketTypeInTheBrowserTests extends BrowserTest {

    private static final Random RANDOM = new Random();

    private Person agent;
    private String typeKey;

    @BeforeEach
    void anAdministratorWithANewType() {
        agent = new People(api).agent();
        typeKey = uniqueKey("t");
        signInAsAdmin();
        open("/admin/types");
        page.locator("#new-type").getByLabel("Key").fill(typeKey);
        page.locator("#new-type").getByLabel("Name").fill("Repair " + typeKey);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create type")).click();
        page.waitForURL(Pattern.compile(".*/admin/types/\\d+$"));
    }

    @Test
    void aNewTypeStartsWithOneStatusPerCategory() {
        assertThat(page.locator("h1")).hasText("Repair " + typeKey);
        assertThat(page.locator(".status-row")).hasCount(5);

        open("/admin/types");

        Locator row = page.locator("#type-" + typeKey);
        assertThat(row.locator(".status")).hasText(new String[] {"New", "Open", "Pending", "Resolved", "Closed"});
        assertThat(row.locator(".status-PENDING")).hasText("Pending");
        screenshot("admin-types");
    }

    @Test
    void anAddedStatusJoinsTheWorkflow() {
        Locator form = page.locator("#new-status");
        form.getByLabel("Key").fill("waiting_parts");
        form.getByLabel("Name").fill("Waiting for parts");
        form.getByLabel("Category").selectOption("PENDING");
        form.getByText("Add status").click();

        assertThat(page.locator("#status-waiting_parts .status-PENDING")).hasText("Waiting for parts");
        assertThat(page.getByLabel("From Open to Waiting for parts", new Page.GetByLabelOptions().setExact(true)))
                .isVisible();
        JsonNode status = statusesOf(type()).get("waiting_parts");
        assertThat(status.get("category").asString()).isEqualTo("PENDING");
    }

    @Test
    void aDuplicateStatusKeyIsRefusedNextToTheKey() {
        Locator form = page.locator("#new-status");
        form.getByLabel("Key").fill("open");
        form.getByLabel("Name").fill("Open again");
        form.getByText("Add status").click();

        Locator key = page.locator("#new-status-key");
        assertThat(key).hasClass(Pattern.compile("is-invalid"));
        assertThat(key).hasValue("open");
        assertThat(page.locator("#new-status-name")).hasValue("Open again");
        assertThat(page.locator("#new-status .invalid-feedback"))
                .containsText("already has a status with the key open");
    }

    @Test
    void aRenamedStatusIsSavedInPlace() {
        Locator row = page.locator("#status-open");
        row.getByLabel("Name of status open").fill("Working on it");
        row.getByLabel("Save status open").click();

        assertThat(page.locator("#status-open [role=status]")).hasText("✓ Saved");
        assertThat(page.locator("#status-open .status-OPEN")).hasText("Working on it");
        assertThat(statusesOf(type()).get("open").get("name").asString()).isEqualTo("Working on it");
    }

    @Test
    void aForbiddenTransitionIsRefusedToTickets() {
        page.getByLabel("From New to Open", new Page.GetByLabelOptions().setExact(true)).uncheck();
        page.getByText("Save transitions").click();

        assertThat(page.locator("#transitions [role=status]")).hasText("✓ Saved");
        assertThat(page.getByLabel("From New to Open", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
        long ticketId = ticketOfTheType(Map.of()).get("id").asLong();
        var refused = agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "open"));
        assertThatProblem(refused).hasStatus(409).namesField("status");
        var allowed = agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("status", "pending"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(statusesOf(type()).get("new").get("next").valueStream().map(JsonNode::asString).toList())
                .doesNotContain("open").contains("pending");
    }

    @Test
    void aRequiredSelectFieldMustBeFilledIn() {
        String fieldKey = uniqueKey("colour_");
        Locator form = page.locator("#new-field");
        form.getByLabel("Key").fill(fieldKey);
        form.getByLabel("Label").fill("Colour");
        form.getByLabel("Kind").selectOption("SINGLE_SELECT");
        form.getByLabel("Options").fill("Red\nGreen\n");
        form.getByLabel("Required").check();
        form.getByText("Add field").click();

        assertThat(page.locator("#field-" + fieldKey)).containsText("Single choice");
        assertThat(page.getByLabel("Options of field " + fieldKey)).hasValue("Red\nGreen");
        var missing = agent.api().post("/api/v1/tickets", Map.of("subject", "x", "type", typeKey));
        assertThatProblem(missing).hasStatus(400).namesField("customFields." + fieldKey);
        var chosen = ticketOfTheType(Map.of(fieldKey, "Green"));
        assertThat(chosen.get("customFields").get(fieldKey).asString()).isEqualTo("Green");
        JsonNode field = type().get("customFields").valueStream()
                .filter(f -> f.get("key").asString().equals(fieldKey)).findFirst().orElseThrow();
        assertThat(field.get("kind").asString()).isEqualTo("SINGLE_SELECT");
        assertThat(field.get("required").asBoolean()).isTrue();
        assertThat(field.get("options").valueStream().map(JsonNode::asString).toList()).containsExactly("Red", "Green");

        page.locator("#new-status").getByLabel("Key").fill("waiting_parts");
        page.locator("#new-status").getByLabel("Name").fill("Waiting for parts");
        page.locator("#new-status").getByLabel("Category").selectOption("PENDING");
        page.locator("#new-status").getByText("Add status").click();
        assertThat(page.locator("#status-waiting_parts")).isVisible();
        screenshot("admin-type-edit");
    }

    @Test
    void aStatusTicketsStillHaveCannotBeRemoved() {
        ticketOfTheType(Map.of());
        page.onDialog(Dialog::accept);

        page.getByLabel("Remove status new").click();

        assertThat(page.locator("#status-new [role=alert]")).containsText("1 tickets have this status");
        assertThat(page.locator(".status-row")).hasCount(5);

        page.getByLabel("Remove status pending").click();

        assertThat(page.locator(".status-row")).hasCount(4);
        assertThat(page.locator("#status-pending")).hasCount(0);
    }

    @Test
    void aDeactivatedTypeIsHiddenFromCustomers() {
        page.getByLabel("Active: new tickets may use it").uncheck();
        page.locator("#settings").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#settings [role=status]")).hasText("✓ Saved");
        assertThat(page.locator("#settings .badge")).hasText("Inactive");
        assertThat(type().get("active").asBoolean()).isFalse();
        var customerSees = new People(api).customer().api().get("/api/v1/ticket-types").json();
        assertThat(customerSees.valueStream().map(t -> t.get("key").asString())).doesNotContain(typeKey);
    }

    @Test
    void anAgentChoosingTheTypeOnATicketSeesItsFieldsBeforeSaving() {
        String fieldKey = uniqueKey("serial_");
        Locator form = page.locator("#new-field");
        form.getByLabel("Key").fill(fieldKey);
        form.getByLabel("Label").fill("Serial number");
        form.getByLabel("Required").check();
        form.getByText("Add field").click();
        assertThat(page.locator("#field-" + fieldKey)).isVisible();
        var question = agent.api().post("/api/v1/tickets", Map.of("subject", "Drill broken")).json();
        context.clearCookies();
        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + question.get("number").asLong());
        page.locator("#p-priority").selectOption("2");

        page.locator("#p-type").selectOption(typeKey);

        assertThat(page.locator("#properties").getByLabel("Serial number")).isVisible();
        assertThat(page.locator("#p-priority")).hasValue("2");
        assertThat(agent.api().get("/api/v1/tickets/" + question.get("id").asLong()).json().get("type").asString())
                .isEqualTo("question");
        page.locator("#properties").getByLabel("Serial number").fill("SN-1");
        page.locator("#save-properties").click();
        assertThat(page.locator("#properties .alert-success")).isVisible();
        var saved = agent.api().get("/api/v1/tickets/" + question.get("id").asLong()).json();
        assertThat(saved.get("type").asString()).isEqualTo(typeKey);
        assertThat(saved.get("priority").asInt()).isEqualTo(2);
        assertThat(saved.get("customFields").get(fieldKey).asString()).isEqualTo("SN-1");
    }

    @Test
    void aMultipleChoiceFieldOnTheNewTicketFormIsLabelledLikeTheOthers() {
        Locator form = page.locator("#new-field");
        form.getByLabel("Key").fill(uniqueKey("machines_"));
        form.getByLabel("Label").fill("Machines");
        form.getByLabel("Kind").selectOption("MULTI_SELECT");
        form.getByLabel("Options").fill("Lathe\nMill");
        form.getByText("Add field").click();
        assertThat(page.locator("#new-field").getByLabel("Key")).isEmpty();

        open("/tickets/new");
        page.locator("#type").selectOption(typeKey);

        Locator legend = page.locator("#custom-fields legend");
        assertThat(legend).hasText("Machines");
        assertThat(legend).hasCSS("font-size",
                (String) page.locator("label[for=subject]").evaluate("label => getComputedStyle(label).fontSize"));
    }

    private JsonNode ticketOfTheType(Map<String, Object> customFields) {
        var response = agent.api().post("/api/v1/tickets",
                Map.of("subject", "Broken " + typeKey, "type", typeKey, "customFields", customFields));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private JsonNode type() {
        var response = agent.api().get("/api/v1/ticket-types");
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().filter(t -> t.get("key").asString().equals(typeKey)).findFirst()
                .orElseThrow();
    }

    private static Map<String, JsonNode> statusesOf(JsonNode type) {
        var byKey = new java.util.LinkedHashMap<String, JsonNode>();
        type.get("statuses").forEach(s -> byKey.put(s.get("key").asString(), s));
        return byKey;
    }

    private static String uniqueKey(String prefix) {
        var key = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            key.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return key.toString();
    }
}
