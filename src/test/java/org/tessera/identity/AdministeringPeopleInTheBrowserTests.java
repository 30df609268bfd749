package org.tessera.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByLabelOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.Credentials;
import org.tessera.support.People;

/** An administrator registers and looks after people in the browser. */
class AdministeringPeopleInTheBrowserTests extends BrowserTest {

    private People people;

    @BeforeEach
    void signInAsTheAdministrator() {
        people = new People(api);
        signInAsAdmin();
    }

    @Test
    void aNewCustomerJoinsTheChosenOrganizationAndAppearsInTheList() {
        long organizationId = people.organization(false);
        String organizationName = people.admin().get("/api/v1/organizations/" + organizationId).json()
                .get("name").asString();
        String unique = People.unique();

        open("/admin/users/new");
        page.getByLabel("Email").fill("ana-" + unique + "@example.com");
        nameField().fill("Ana " + unique);
        page.getByLabel("Role").selectOption("CUSTOMER");
        page.getByLabel("Organization").selectOption(String.valueOf(organizationId));
        screenshot("admin-user-new");
        button("Create user").click();

        assertThat(page.locator(".alert-success")).containsText("ana-" + unique + "@example.com");
        screenshot("admin-user-edit");
        open("/admin/users");
        page.getByLabel("Search by name or email").fill(unique);
        Locator rows = page.locator("#users-table tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Ana " + unique);
        assertThat(rows.first()).containsText(organizationName);
        assertThat(rows.first()).containsText("Customer");
        assertThat(page).hasURL(Pattern.compile("q=" + unique));
    }

    @Test
    void theListFiltersByRole() {
        people.collaborator();

        open("/admin/users");
        page.getByLabel("Role").selectOption("COLLABORATOR");

        assertThat(page).hasURL(Pattern.compile("role=COLLABORATOR"));
        Locator roles = page.locator("#users-table tbody tr td:nth-child(3)");
        assertThat(roles.first()).hasText("Collaborator");
        org.assertj.core.api.Assertions.assertThat(roles.allInnerTexts()).containsOnly("Collaborator");
        screenshot("admin-users");
    }

    @Test
    void aLongListComesInPages() {
        String unique = People.unique();
        for (int i = 1; i <= 26; i++) {
            people.admin().post("/api/v1/users", Map.of("email", "page-" + unique + "-" + i + "@example.com",
                    "role", "CUSTOMER"));
        }

        open("/admin/users?q=" + unique);
        assertThat(page.locator("#users-table tbody tr")).hasCount(25);
        assertThat(page.locator("#users-table")).containsText("26 users · page 1 of 2");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Next")).click();

        assertThat(page.locator("#users-table tbody tr")).hasCount(1);
        assertThat(page.locator("#users-table")).containsText("page 2 of 2");
        assertThat(page).hasURL(Pattern.compile("page=1"));
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Previous"))).isVisible();
        page.setViewportSize(390, 844);
        screenshot("admin-users-narrow");
    }

    @Test
    void aDuplicateEmailIsShownNextToTheFieldAndTheInputIsKept() {
        var existing = people.customer();

        open("/admin/users/new");
        page.getByLabel("Email").fill(existing.email());
        nameField().fill("Someone Else");
        page.getByLabel("Role").selectOption("AGENT");
        button("Create user").click();

        Locator email = page.getByLabel("Email");
        assertThat(email).hasClass(Pattern.compile("is-invalid"));
        assertThat(email).hasValue(existing.email());
        assertThat(page.locator("#email-error")).hasText("Another user already has this email address.");
        assertThat(nameField()).hasValue("Someone Else");
        assertThat(page.getByLabel("Role")).hasValue("AGENT");
        screenshot("admin-user-duplicate");
    }

    @Test
    void anAdministratorDeactivatesAUserAndSetsTheirPassword() {
        var agent = people.agent();

        open("/admin/users/" + agent.id());
        page.getByLabel("Active").uncheck();
        button("Save").click();
        assertThat(page.locator(".alert-success")).containsText(agent.email());
        assertThat(page.locator("h1 ~ .badge")).containsText(new String[] {"Agent", "Inactive"});
        page.getByLabel("New password").fill("short");
        button("Set password").click();

        assertThat(page.locator("#password-error")).hasText("Must have at least 8 characters.");
        page.getByLabel("New password").fill("a-brand-new-password");
        button("Set password").click();
        assertThat(page.locator(".alert-success")).hasText("The new password is set.");
    }

    @Test
    void theUserPageShowsALockedAccount() {
        var agent = people.agent();
        for (int i = 0; i < 5; i++) {
            Credentials.requestToken(api, agent.email(), "wrong-password-" + i);
        }

        open("/admin/users/" + agent.id());

        assertThat(page.locator("h1 ~ .badge.text-bg-warning")).hasText("Locked");
        screenshot("admin-user-locked");
    }

    private Locator nameField() {
        return page.getByLabel("Name", new GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }
}
