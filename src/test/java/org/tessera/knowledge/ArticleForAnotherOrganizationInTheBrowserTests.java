package org.tessera.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * An article written for one organization: its customers find it in the portal's lists, search and suggestions; a
 * customer of another organization finds it nowhere, and its address answers "not found".
 */
class ArticleForAnotherOrganizationInTheBrowserTests extends BrowserTest {

    @Test
    void aCustomerOfAnotherOrganizationNeverSeesIt() {
        var people = new People(api);
        long acme = people.organization(false);
        long globex = people.organization(false);
        Person acmeCustomer = people.customerOf(acme);
        Person globexCustomer = people.customerOf(globex);
        String word = TicketMother.uniqueWord();
        // Into the first category there is, not the one made for Acme below.
        KnowledgeFixtures.published(people.agent().api(), "Public opening hours " + word, "Open 9 to 5.", "PUBLIC");
        var category = people.agent().api().post("/api/v1/kb/categories",
                java.util.Map.of("name", "Contracts " + word, "description", "Your contract with us")).json();
        var request = new java.util.LinkedHashMap<String, Object>();
        request.put("title", "Acme maintenance window " + word);
        request.put("body", "## When\n\nEvery **Sunday** from 02:00 to 04:00.\n\n| Day | Hours |\n| --- | --- |\n| Sun | 2-4 |");
        request.put("audience", "ORGANIZATIONS");
        request.put("organizationIds", java.util.List.of(acme));
        request.put("categoryId", category.get("id").asLong());
        request.put("published", true);
        long article = people.agent().api().post("/api/v1/kb/articles", request).json().get("id").asLong();

        signInToPortal(globexCustomer);
        open("/portal/kb");
        assertThat(page.locator("main")).not().containsText("Acme maintenance window");
        assertThat(page.locator("main")).not().containsText("Contracts " + word);
        open("/portal/kb/search?q=" + word);
        assertThat(page.locator("#results")).containsText("Public opening hours");
        assertThat(page.locator("#results")).not().containsText("Acme maintenance window");
        screenshot("kb-search-other-organization");
        open("/portal/kb/articles/" + article);
        assertThat(page.locator("main h1")).hasText("Not found");
        assertThat(page.locator("main")).not().containsText("Sunday");
        open("/portal/forms/request");
        page.getByLabel("Subject").pressSequentially("maintenance window " + word);
        assertThat(page.locator("#suggestions")).containsText("Public opening hours");
        assertThat(page.locator("#suggestions")).not().containsText("Acme maintenance window");

        context.clearCookies();
        signInToPortal(acmeCustomer);
        open("/portal/kb");
        assertThat(page.locator("main")).containsText("Contracts " + word);
        open("/portal/kb/search?q=" + word);
        assertThat(page.locator("#results")).containsText("Acme maintenance window");
        page.getByText("Acme maintenance window " + word).click();
        assertThat(page.locator(".article-body table")).isVisible();
        assertThat(page.locator(".article-body h2")).hasText("When");
        page.locator("#feedback").getByText("Yes").click();
        assertThat(page.locator("#feedback")).containsText("Thank you for your feedback!");
        screenshot("kb-article");
        open("/portal/forms/request");
        page.getByLabel("Subject").pressSequentially("maintenance window " + word);
        assertThat(page.locator("#suggestions")).containsText("Acme maintenance window");
        screenshot("portal-form-suggestions");
    }

    private void signInToPortal(Person customer) {
        open("/portal/login");
        page.getByLabel("Email").fill(customer.email());
        page.getByLabel("Password").fill(People.PASSWORD);
        page.locator("form.portal-card button[type=submit]").click();
        page.waitForURL("**/portal/requests");
    }
}
