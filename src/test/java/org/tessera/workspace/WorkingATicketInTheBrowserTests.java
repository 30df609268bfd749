package org.tessera.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;

/** The agent's day in the browser: sign in, open a ticket, reply, note, change its status, find it in a view. */
class WorkingATicketInTheBrowserTests extends BrowserTest {

    @Test
    void anAgentOpensRepliesNotesAndResolvesATicket() {
        var people = new People(api);
        var agent = people.agent();
        String customer = "maria-" + People.unique() + "@example.com";
        String subject = "VPN drops every hour " + People.unique();
        signIn(agent.email(), People.PASSWORD);

        open("/tickets/new");
        page.getByLabel("Requester's email").fill(customer);
        page.getByLabel("Subject").fill(subject);
        page.getByLabel("Description").fill("Since the update the VPN disconnects.\nEvery hour, on the hour.");
        page.getByLabel("Priority").selectOption("2");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create ticket")).click();

        assertThat(page.locator("#ticket-header h1")).hasText(subject);
        assertThat(page.locator("#ticket-header")).containsText(customer);
        screenshot("ticket-new");

        page.locator("#composer-body").fill("Hello Maria, could you send us the VPN client log?");
        page.locator("form.composer button[type=submit]").click();
        assertThat(page.locator("#conversation .message").last()).containsText("could you send us the VPN client log");

        page.getByLabel("Internal note").check();
        assertThat(page.locator("form.composer")).hasClass(java.util.regex.Pattern.compile(".*internal.*"));
        page.locator("#composer-body").fill("Probably the new firewall rule; check with infra.");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#conversation .message.internal")).containsText("new firewall rule");

        // The shipped rule "Pending after a public agent reply" moves the ticket on its own after the reply:
        // reload once it has, so that the form is not stale.
        for (int i = 0; i < 40 && !page.locator("#ticket-header .status").textContent().contains("Pending"); i++) {
            page.waitForTimeout(250);
            page.reload();
        }
        page.locator("#p-status").selectOption(new SelectOption().setLabel("Pending"));
        page.locator("#save-properties").click();
        assertThat(page.locator("#properties .alert-success")).isVisible();
        assertThat(page.locator("#ticket-header .status")).hasText("Pending");
        page.locator("#history summary").click();
        assertThat(page.locator("#history")).containsText("New");
        assertThat(page.locator("#history")).containsText("Pending");
        screenshot("ticket-worked");

        open("/tickets?view=all-open");
        page.locator("#list-search").fill(subject.substring(subject.length() - 8));
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results")).containsText(subject);
        screenshot("ticket-list");
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedShowsTheirChangeAndKeepsIt() {
        var people = new People(api);
        var agent = people.agent();
        var ticket = agent.api().post("/api/v1/tickets", java.util.Map.of("subject", "Printer jam " + People.unique()))
                .json();
        long number = ticket.get("number").asLong();
        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + number);

        var other = people.agent();
        assertThat(other.api().patch("/api/v1/tickets/" + ticket.get("id").asLong(),
                java.util.Map.of("priority", 1)).status()).isEqualTo(200);
        page.locator("#p-status").selectOption(new SelectOption().setLabel("Open"));
        page.locator("#save-properties").click();

        assertThat(page.locator("#properties .alert-warning")).containsText("Priority");
        assertThat(page.locator("#ticket-header .priority")).hasText("P1");
        assertThat(page.locator("#history summary")).hasText("History (2)");
        screenshot("ticket-conflict");
        var current = agent.api().get("/api/v1/tickets/" + ticket.get("id").asLong()).json();
        assertThat(current.get("status").asString()).isEqualTo("new");
        assertThat(current.get("priority").asInt()).isEqualTo(1);

        page.locator("#save-properties").click();

        assertThat(page.locator("#properties .alert-success")).isVisible();
        var saved = agent.api().get("/api/v1/tickets/" + ticket.get("id").asLong()).json();
        assertThat(saved.get("status").asString()).isEqualTo("open");
        assertThat(saved.get("priority").asInt()).isEqualTo(1);
    }

    @Test
    void anAgentFiltersTheListByAnOrganizationTheyFindByTypingItsName() {
        var people = new People(api);
        var agent = people.agent();
        long organization = people.organization(false);
        String name = people.admin().get("/api/v1/organizations/" + organization).json().get("name").asString();
        var customer = people.customerOf(organization);
        String subject = "Invoice missing " + People.unique();
        customer.api().post("/api/v1/tickets", java.util.Map.of("subject", subject));
        agent.api().post("/api/v1/tickets", java.util.Map.of("subject", "Someone else's " + People.unique()));
        signIn(agent.email(), People.PASSWORD);
        open("/tickets?view=all-open");
        page.locator("button[aria-controls=more-filters]").click();

        page.locator("#f-organization").pressSequentially(name.substring(0, name.length() - 2));
        assertThat(page.locator("#f-organization-options option[value='" + name + "']")).hasCount(1);
        page.locator("#f-organization").fill(name);
        page.locator("#f-organization").press("Tab");

        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results")).containsText(subject);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*organization=" + organization + ".*"));
        page.reload();
        assertThat(page.locator("#f-organization")).hasValue(name);
    }

    @Test
    void aSaveRightAfterAReplyGoesOverTheStatusTheShippedRuleSet() {
        var people = new People(api);
        var agent = people.agent();
        var ticket = people.customer().api().post("/api/v1/tickets", java.util.Map.of("subject",
                "Badge reader broken " + People.unique(), "description", "Door 3")).json();
        long id = ticket.get("id").asLong();
        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + ticket.get("number").asLong());
        page.locator("#composer-body").fill("We are sending a technician.");
        page.locator("form.composer button[type=submit]").click();
        assertThat(page.locator("#conversation .message").last()).containsText("sending a technician");
        org.tessera.automation.Eventually.until(() -> agent.api().get("/api/v1/tickets/" + id).json()
                .get("statusCategory").asString(), "PENDING"::equals, "the shipped rule to set the ticket pending");

        page.locator("#p-priority").selectOption("2");
        page.locator("#save-properties").click();

        assertThat(page.locator("#properties .alert-success")).isVisible();
        var saved = agent.api().get("/api/v1/tickets/" + id).json();
        assertThat(saved.get("priority").asInt()).isEqualTo(2);
        assertThat(saved.get("statusCategory").asString()).isEqualTo("PENDING");
    }
}
