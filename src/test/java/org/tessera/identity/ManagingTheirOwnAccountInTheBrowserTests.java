package org.tessera.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/** Someone signed in looks after their own account: password, language, API tokens. */
class ManagingTheirOwnAccountInTheBrowserTests extends BrowserTest {

    private People people;

    @BeforeEach
    void makePeople() {
        people = new People(api);
    }

    @Test
    void aCustomerChangesTheirPasswordAfterAWrongCurrentOne() {
        Person customer = people.customer();
        signIn(customer.email(), People.PASSWORD);

        open("/account");
        changePassword("not-my-password", "a-better-password", "a-better-password");
        assertThat(page.getByLabel("Current password")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#currentPassword-error")).hasText("This is not your current password.");
        screenshot("account-password-refused");
        changePassword(People.PASSWORD, "a-better-password", "a-better-password");
        assertThat(page.locator(".alert-success")).hasText("Your password is changed.");

        context.clearCookies();
        signIn(customer.email(), "a-better-password");
        open("/account");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Your account"))).isVisible();
        assertThat(page.locator("dd").nth(1)).hasText(customer.email());
        screenshot("account");
    }

    @Test
    void aMistypedRepetitionIsRefused() {
        Person agent = people.agent();
        signIn(agent.email(), People.PASSWORD);

        open("/account");
        changePassword(People.PASSWORD, "a-better-password", "a-better-passwort");

        assertThat(page.locator("#repeatPassword-error")).hasText("Does not match the new password.");
        assertThat(api.tokenFor(agent.email(), People.PASSWORD)).isNotBlank();
    }

    @Test
    void choosingPortugueseSwitchesThePagesAtOnceAndIsRemembered() {
        Person agent = people.agent();
        signIn(agent.email(), People.PASSWORD);

        open("/account");
        page.getByLabel("Language of the pages").selectOption("pt");
        button("Save language").click();

        assertThat(page.locator("h1")).hasText("Sua conta");
        assertThat(page.locator(".alert-success")).hasText("As páginas agora estão em português.");
        assertThat(page.getByLabel("Senha atual")).isVisible();
        screenshot("account-pt");
        assertThat(agent.api().get("/api/v1/users/me").json().get("locale").asString()).isEqualTo("pt");
    }

    @Test
    void aNewTokenIsShownOnceWorksAndCanBeRevoked() {
        Person agent = people.agent();
        signIn(agent.email(), People.PASSWORD);
        String name = "deploy " + People.unique();

        open("/account/tokens");
        page.getByLabel("Name").fill(name);
        button("Create token").click();

        Locator shown = page.getByLabel("Token", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        assertThat(shown).hasValue(Pattern.compile("^tsr_.+"));
        assertThat(page.locator(".issued-token")).containsText("it will not be shown again");
        screenshot("tokens-issued");
        String token = shown.inputValue();
        assertThat(api.as(token).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(page.locator("#tokens-list tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(name))).containsText("…" + token.substring(token.length() - 4));

        page.reload();
        assertThat(page.locator(".issued-token")).hasCount(0);
        page.onDialog(dialog -> dialog.accept());
        button("Revoke " + name).click();

        assertThat(page.locator("#tokens-list .alert-success")).hasText("The token is revoked.");
        assertThat(page.locator("#tokens-list")).not().containsText(name);
        assertThat(api.as(token).get("/api/v1/users/me").status()).isEqualTo(401);
        screenshot("tokens-revoked");
    }

    @Test
    void aCustomerMayNotOpenTheAdministration() {
        Person customer = people.customer();
        signIn(customer.email(), People.PASSWORD);

        var response = page.navigate(baseUrl() + "/admin/users");

        assertThat(response.status()).isEqualTo(403);
        screenshot("customer-admin-403");
    }

    private void changePassword(String current, String fresh, String repeated) {
        page.getByLabel("Current password").fill(current);
        page.getByLabel("New password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(fresh);
        page.getByLabel("Repeat the new password").fill(repeated);
        button("Change password").click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }
}
