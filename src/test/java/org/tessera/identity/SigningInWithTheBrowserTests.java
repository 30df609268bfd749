package org.tessera.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;

class SigningInWithTheBrowserTests extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        signIn("admin@tessera.test", "not-the-password");

        assertThat(page.locator(".alert-danger")).containsText("Wrong email or password");
    }

    @Test
    void someoneSignedInWhoOpensTheSignInPageLandsInTheirQueues() {
        signInAsAdmin();

        open("/login");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tickets$"));
    }

    @Test
    void theLoginPageSpeaksPortuguese() {
        open("/login?lang=pt");

        assertThat(page.locator("h1")).containsText("Entrar em Tessera");
        screenshot("login-pt");
    }
}
