package org.tessera.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.identity.Directory;
import org.tessera.portal.internal.OutboxMail;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/**
 * A new customer finds the portal, signs up, sends a form (first without a field it requires, and sees why it is
 * refused), follows the request and reads the agent's answer, never the agent's internal note.
 */
class SigningUpAndAskingForHelpInTheBrowserTests extends BrowserTest {

    @Autowired
    WebForms forms;
    @Autowired
    Directory directory;
    @Autowired
    OutboxMail mail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCustomerSignsUpSendsAFormAndSeesTheAnswerButNotTheInternalNote() {
        var people = new People(api);
        var agent = people.agent();
        String field = PortalFixtures.textField(people.admin(), "incident", "Order number");
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        WebFormView form = PortalFixtures.formWith(forms, directory.actor(adminId), "incident", field, FormAccess.SIGNED_IN);
        String email = "new-" + People.unique() + "@signup.example";
        String subject = "Parcel arrived broken " + People.unique();

        open("/portal");
        screenshot("portal-home");
        page.getByText("Sign in").first().click();
        page.getByText("Sign up").click();
        page.getByLabel("Your name").fill("Marta Reis");
        page.getByLabel("Email").fill(email);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#check-email")).containsText(email);

        String link = new SentMail(mail, jdbc).link(email, "/portal/password/");
        open(link);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("marta-secret-1");
        page.getByLabel("Repeat the password").fill("marta-secret-1");
        page.locator("form button[type=submit]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal/requests\\?welcome.*"));

        open(form.path());
        page.getByLabel("Subject").fill(subject);
        page.getByLabel("Description").fill("The box was crushed and the lamp inside is cracked.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();

        assertThat(page.locator("#form-problems")).isVisible();
        assertThat(page.locator("#f-cf-" + field + " ~ .invalid-feedback")).hasText("Please fill this in.");
        assertThat(page.getByLabel("Subject")).hasValue(subject);
        screenshot("portal-form-refused");

        page.getByLabel("Order number").fill("A-77120");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(page.locator(".alert-success")).containsText("We received your request");
        String number = page.url().replaceAll(".*/portal/requests/(\\d+).*", "$1");
        var ticket = agent.api().get("/api/v1/tickets?q=%23" + number).json().get("items").get(0);
        long ticketId = ticket.get("id").asLong();
        assertThat(agent.api().get("/api/v1/tickets/" + ticketId).json().get("customFields").get(field).asString())
                .isEqualTo("A-77120");

        TicketMother.messagePosted(agent, ticketId, "We are sending a new lamp today.", "PUBLIC");
        TicketMother.messagePosted(agent, ticketId, "Courier damaged it again, claim with them.", "INTERNAL");
        page.reload();

        assertThat(page.locator(".conversation")).containsText("We are sending a new lamp today.");
        assertThat(page.locator("body")).not().containsText("Courier damaged it again");
        assertThat(page.locator("dd.answer")).hasText("A-77120");
        assertThat(page.content()).doesNotContain("Courier damaged it again");
        screenshot("portal-request");

        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                .setStorageState(page.context().storageState()))) {
            Page small = phone.newPage();
            small.navigate(baseUrl() + "/portal/requests/" + number);
            assertThat(small.locator(".conversation")).containsText("We are sending a new lamp today.");
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "portal-request-phone.png"))
                    .setFullPage(true));
            small.navigate(baseUrl() + form.path());
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "portal-form-phone.png"))
                    .setFullPage(true));
            small.navigate(baseUrl() + "/portal");
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "portal-home-phone.png"))
                    .setFullPage(true));
            small.navigate(baseUrl() + "/portal/requests?state=all");
            assertThat(small.locator("#requests")).containsText(subject);
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "portal-requests-phone.png")).setFullPage(true));
            small.navigate(baseUrl() + "/portal/kb");
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "portal-kb-phone.png"))
                    .setFullPage(true));
            small.locator(".navbar-toggler").click();
            assertThat(small.locator("#portal-nav.show")).containsText("My requests");
            small.waitForTimeout(500);
            small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "portal-menu-phone.png")));
        }
    }
}
