package org.tessera.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.identity.Directory;
import org.tessera.support.Api;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/** An administrator builds a rule in the form, dry-runs it against real tickets, saves it, and sees it act. */
class BuildingARuleInTheBrowserTests extends BrowserTest {

    @Autowired
    Rules rules;
    @Autowired
    Directory directory;

    @Test
    void buildDryRunSaveAndWatchItAct() {
        var people = new People(api);
        Person customer = people.customer();
        Person agent = people.agent();
        String word = TicketMother.uniqueWord();
        long earlier = TicketMother.openedBy(customer, "Refund please " + word).get("id").asLong();
        TicketMother.messagePosted(customer, earlier, "Still waiting for the refund " + word, "PUBLIC");
        signInAsAdmin();

        open("/admin/rules/new");
        page.getByLabel("Name").fill("Refunds are urgent " + word);
        page.locator("#rule-trigger").selectOption("MESSAGE_BY_CUSTOMER");
        Locator condition = page.locator(".condition-row").first();
        condition.locator("select[name$='.field']").selectOption("text");
        condition = page.locator(".condition-row").first();
        assertThat(condition.locator("input[name$='.value']")).isVisible();
        condition.locator("input[name$='.value']").fill(word + ", chargeback");
        Locator action = page.locator(".action-row").first();
        action.locator("select[name$='.kind']").selectOption("set-priority");
        assertThat(page.locator(".action-row").first().locator("select[name$='.value'] option").first()).hasText("P1 · Critical");
        page.locator(".action-row").first().locator("select[name$='.value']").selectOption("1");
        page.locator("#add-action").click();
        assertThat(page.locator(".action-row")).hasCount(2);
        htmxSettled();
        Locator second = page.locator(".action-row").nth(1);
        second.locator("select[name$='.kind']").selectOption("add-tags");
        htmxSettled();
        page.locator(".action-row").nth(1).locator("input[name$='.value']").fill("refund");
        screenshot("automation-rule-form");

        page.locator("#dry-run-button").click();

        assertThat(page.locator("#dry-run-summary")).containsText("It would act on 1 of the last");
        assertThat(page.locator("#dry-run-matches")).containsText("Refund please " + word);
        assertThat(page.locator("#dry-run-matches")).containsText("P3");
        assertThat(page.locator("#dry-run-matches")).containsText("P1");
        screenshot("automation-dry-run");
        var before = agent.api().get("/api/v1/tickets/" + earlier).json();
        assertThat(before.get("priority").asInt()).isEqualTo(3);

        page.locator("#save-rule").click();

        assertThat(page.locator("#rules-table")).containsText("Refunds are urgent " + word);
        screenshot("automation-rules");
        long ticketId = TicketMother.openedBy(customer, "Another refund " + word).get("id").asLong();
        TicketMother.messagePosted(customer, ticketId, "Where is my refund? " + word, "PUBLIC");
        Eventually.until(() -> agent.api().get("/api/v1/tickets/" + ticketId).json(),
                t -> t.get("priority").asInt() == 1, "the rule to act");
        open("/tickets/" + agent.api().get("/api/v1/tickets/" + ticketId).json().get("number").asLong());
        page.locator("#history summary").click();
        assertThat(page.locator("#history")).containsText("Rule: Refunds are urgent " + word);
        assertThat(page.locator("#history")).containsText("refund");
        screenshot("automation-rule-acted");

        var saved = rules.all().stream().filter(r -> r.name().equals("Refunds are urgent " + word)).findFirst().orElseThrow();
        rules.delete(saved.id(), directory.actor(directory.userByEmail(Api.ADMIN_EMAIL).orElseThrow().id()));
    }

    @Test
    void theSlaAndMacroPagesAndTheListColumn() {
        var people = new People(api);
        Person customer = people.customer();
        TicketMother.openedBy(customer, "Screen flickers " + People.unique());
        signInAsAdmin();

        open("/admin/sla");
        assertThat(page.locator("#policies-table")).containsText("Standard");
        screenshot("sla-policies");
        page.locator("#policies-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Standard")).click();
        assertThat(page.locator("#targets")).isVisible();
        screenshot("sla-policy");
        open("/admin/sla");
        page.locator("#calendars-table a").first().click();
        assertThat(page.locator("#week")).isVisible();
        screenshot("sla-calendar");

        open("/macros/new");
        page.getByLabel("Name").fill("Ask for a screenshot " + People.unique());
        page.locator("#macro-body").fill("Hello {{requester.first_name}}, could you send a screenshot?");
        page.locator("#add-action").click();
        page.locator(".action-row").first().locator("select[name$='.value']").selectOption(new SelectOption().setLabel("Pending"));
        page.locator("#macro-form button[type=submit]").click();
        assertThat(page.locator("#macros-table")).containsText("Ask for a screenshot");
        screenshot("automation-macros");

        open("/tickets?view=all-open&sort=sla");
        assertThat(page.locator("#results thead")).containsText("SLA");
        screenshot("sla-ticket-list");
        assertThat(page.locator("#results tbody td.sla-left").first()).not().isEmpty();
    }
}
