package org.tessera.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.Page.LocatorOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import tools.jackson.databind.JsonNode;

/** An administrator sets up customer organizations and teams of agents in the browser. */
class AdministeringOrganizationsAndTeamsInTheBrowserTests extends BrowserTest {

    private People people;

    @BeforeEach
    void signInAsTheAdministrator() {
        people = new People(api);
        signInAsAdmin();
    }

    @Test
    void anOrganizationClaimsTwoDomains() {
        String unique = People.unique();

        open("/admin/organizations/new");
        page.getByLabel("Name").fill("Acme " + unique);
        page.getByLabel("Email domains").fill("acme-" + unique + ".example,\nACME-" + unique + ".test");
        page.getByLabel("Customers see each other's tickets").check();
        button("Create organization").click();

        assertThat(page.locator(".alert-success")).containsText("Acme " + unique);
        Locator row = page.locator("tbody tr", new LocatorOptions()
                .setHasText("Acme " + unique));
        assertThat(row.locator(".tag"))
                .hasText(new String[] {"acme-" + unique + ".example", "acme-" + unique + ".test"});
        assertThat(row).containsText("Yes");
        screenshot("admin-organizations");
        JsonNode saved = organizationNamed("Acme " + unique);
        assertThat(saved.get("domains").valueStream().map(JsonNode::asString))
                .containsExactly("acme-" + unique + ".example", "acme-" + unique + ".test");
        assertThat(saved.get("sharesTickets").asBoolean()).isTrue();
    }

    @Test
    void aWrongDomainIsShownNextToTheField() {
        open("/admin/organizations/new");
        page.getByLabel("Name").fill("Broken " + People.unique());
        page.getByLabel("Email domains").fill("good.example\nbad_domain");
        button("Create organization").click();

        assertThat(page.getByLabel("Email domains")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#domains-error")).hasText("Not a domain name: bad_domain");
    }

    @Test
    void anOrganizationPageListsItsMembers() {
        long organizationId = people.organization(false);
        var member = people.customerOf(organizationId);

        open("/admin/organizations/" + organizationId);

        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions()
                .setName("Members (1)"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(memberName(member.id()))))
                .hasAttribute("href", "/admin/users/" + member.id());
        screenshot("admin-organization-edit");
    }

    @Test
    void aTeamGetsTwoAgents() {
        var first = people.agent();
        var second = people.agent();
        var notChosen = people.agent();
        String name = "Second line " + People.unique();

        open("/admin/teams/new");
        page.getByLabel("Name").fill(name);
        page.getByLabel("Description").fill("Hard problems");
        page.getByLabel(first.email()).check();
        page.getByLabel(second.email()).check();
        screenshot("admin-team-new");
        button("Create team").click();

        assertThat(page.locator(".alert-success")).containsText(name);
        Locator row = page.locator("tbody tr", new LocatorOptions().setHasText(name));
        assertThat(row.locator("td").last()).hasText("2");
        screenshot("admin-teams");
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.getByLabel(first.email())).isChecked();
        assertThat(page.getByLabel(second.email())).isChecked();
        assertThat(page.getByLabel(notChosen.email())).not().isChecked();
        var members = new ArrayList<Long>();
        teamNamed(name).get("memberIds").forEach(id -> members.add(id.asLong()));
        assertThat(members).containsExactlyInAnyOrder(first.id(), second.id());
    }

    private JsonNode organizationNamed(String name) {
        return people.admin().get("/api/v1/organizations").json().valueStream()
                .filter(o -> o.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode teamNamed(String name) {
        return people.admin().get("/api/v1/teams").json().valueStream()
                .filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private String memberName(long userId) {
        return people.admin().get("/api/v1/users/" + userId).json().get("name").asString();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }
}
