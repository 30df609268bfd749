package org.tessera.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;

/** An administrator builds a web form, sees it in the portal in their order and words, and embeds it in a page. */
class BuildingAFormInTheBrowserTests extends BrowserTest {

    @Test
    void anAdministratorBuildsAFormAndEmbedsIt() {
        String name = "Report a bug " + People.unique();
        signInAsAdmin();

        open("/admin/forms");
        page.getByLabel("Name").fill(name);
        page.getByLabel("Ticket type").selectOption("incident");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(page.locator(".alert-success")).containsText("Form created");

        page.locator("input[name='include.priority']").check();
        page.locator("input[name='required.priority']").check();
        page.locator("input[name='order.priority']").fill("2");
        page.locator("input[name='order.description']").fill("3");
        page.locator("input[name='label.description']").fill("What happened?");
        page.locator("input[name='help.description']").fill("Steps, what you expected, what you saw");
        page.locator("input[name='include.attachments']").uncheck();
        screenshot("admin-form-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Form saved");
        String snippet = page.locator("#snippet").inputValue();
        String address = page.locator("#url").inputValue();

        open(address.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.locator("main h1")).hasText(name);
        assertThat(page.locator("form.request-form label").nth(2)).containsText("Priority");
        assertThat(page.locator("form.request-form label").nth(3)).containsText("What happened?");
        assertThat(page.locator("form.request-form")).containsText("Steps, what you expected, what you saw");
        assertThat(page.locator("input[type=file]")).hasCount(0);
        screenshot("portal-built-form");

        page.setContent("<h1>Our website</h1>" + snippet);
        assertThat(page.frameLocator("iframe").locator("h1")).hasText(name);
        assertThat(page.frameLocator("iframe").getByLabel("Your email")).isVisible();
        screenshot("embedded-form");

        open("/admin/forms");
        assertThat(page.locator(".list-group-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name)).locator(".badge").first()).hasText("Incident");
    }

    @Test
    void theBrandingPageRenamesAndRecolours() {
        signInAsAdmin();
        try {
            open("/admin/branding");
            page.getByLabel("Product name").fill("Acme Help");
            page.locator("#primaryColor").fill("#7a2e8c");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.locator(".navbar-brand")).containsText("Acme Help");
            screenshot("admin-branding");
            open("/portal?lang=pt");
            assertThat(page.locator(".navbar-brand")).containsText("Acme Help");
            assertThat(page.locator("main h1")).hasText("Como podemos ajudar?");
            screenshot("portal-home-pt");
        } finally {
            open("/admin/branding?lang=en");
            page.getByLabel("Product name").fill("");
            page.locator("#primaryColor").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        }
    }
}
