package org.tessera.email;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** An administrator connects a mailbox, checks it, deals with held mail, imports an email and words a notification. */
class AdministeringEmailInTheBrowserTests extends BrowserTest {

    private GreenMail server;
    private People people;
    private final List<String> addresses = new ArrayList<>();

    @BeforeEach
    void aMailServer() {
        server = MailServers.start();
        people = new People(api);
    }

    @AfterEach
    void cleanUp() {
        var admin = people.admin();
        admin.get("/api/v1/mail/mailboxes").json().forEach(m -> {
            if (addresses.contains(m.get("address").asString())) {
                admin.delete("/api/v1/mail/mailboxes/" + m.get("id").asLong());
            }
        });
        server.stop();
    }

    @Test
    void anAdministratorConnectsAnImapMailboxAndTestsIt() {
        String address = "imap-" + People.unique() + "@tessera.test";
        addresses.add(address);
        server.setUser(address, address, "s3cret-pass");
        signInAsAdmin();

        open("/admin/email/mailboxes");
        assertThat(page.locator("table")).containsText("support@localhost");
        page.locator("a:has-text('New mailbox')").click();
        page.locator("#name").fill("Sales");
        page.locator("#address").fill(address);
        page.locator("#protocol").selectOption("IMAP");
        page.locator("#host").fill("127.0.0.1");
        page.locator("#port").fill(String.valueOf(server.getImap().getPort()));
        page.locator("#security").selectOption("NONE");
        page.locator("#username").fill(address);
        page.locator("#password").fill("s3cret-pass");
        page.locator("#pollSeconds").fill("3600");
        page.locator("#smtpHost").fill("127.0.0.1");
        page.locator("#smtpPort").fill(String.valueOf(server.getSmtp().getPort()));
        page.locator("#smtpSecurity").selectOption("NONE");
        page.locator("#save-mailbox").click();
        assertThat(page.locator(".alert-success")).containsText("Sales");
        page.locator("a:has-text('Sales')").click();
        page.locator("#test-mailbox").click();

        assertThat(page.locator("#test-result")).containsText("IMAP: signed in");
        assertThat(page.locator("#test-result")).containsText("SMTP 127.0.0.1");
        assertThat(page.locator("#password")).hasAttribute("placeholder", "(unchanged)");
        screenshot("email-mailbox");
    }

    @Test
    void aMailboxFormWithMistakesSaysWhatIsWrong() {
        signInAsAdmin();
        open("/admin/email/mailboxes/new");
        page.locator("#name").fill("Broken");
        page.locator("#address").fill("not an address");
        page.locator("#protocol").selectOption("IMAP");
        page.locator("#save-mailbox").click();

        assertThat(page.locator("#address")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("form.card")).containsText("must be an email address");
        assertThat(page.locator("form.card")).containsText("must name the IMAP server");
    }

    @Test
    void heldEmailIsShownWithItsReasonAndCanBeDiscarded() {
        var agent = people.agent();
        String word = TicketMother.uniqueWord();
        Inbox.deliver(agent.api(), ("Subject: held " + word + "\r\nMessage-ID: <" + word + "@x>\r\n\r\nNo sender\r\n")
                .getBytes());
        signInAsAdmin();

        open("/admin/email/quarantine");
        var row = page.locator("#quarantine tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(word));
        assertThat(row).containsText("no sender address");
        screenshot("email-quarantine");
        row.locator("button:has-text('Discard')").click();

        assertThat(page.locator(".alert-success")).containsText("discarded");
        assertThat(page.locator("#quarantine tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(word)))
                .containsText("discarded");
    }

    @Test
    void anAgentImportsAnEmlFileAndOpensItsTicket() {
        var agent = people.agent();
        String word = TicketMother.uniqueWord();
        byte[] eml = Mails.from("Rita <rita-" + People.unique() + "@example.org>").to("support@localhost")
                .subject("Imported " + word).text("From an old mailbox.").bytes();
        signIn(agent.email(), People.PASSWORD);

        open("/email/import");
        page.locator("#files").setInputFiles(new FilePayload("old.eml", "message/rfc822", eml));
        page.locator("#import-emails").click();
        assertThat(page.locator("#import-results")).containsText("new ticket");
        page.locator("#import-results a").click();

        assertThat(page.locator("#ticket-header h1")).hasText("Imported " + word);
        assertThat(page.locator("#conversation")).containsText("From an old mailbox.");
    }

    @Test
    void anAdministratorRewordsTheAcknowledgementWithALivePreview() {
        signInAsAdmin();
        try {
            open("/admin/notifications");
            assertThat(page.locator("table")).containsText("Acknowledgement of a new request");
            open("/admin/notifications/acknowledgement/en");
            page.locator("#subject").fill("Got it: {{ticket.subject}} {{nonsense}}");

            assertThat(page.locator("#preview")).containsText("Got it: The printer does not print");
            assertThat(page.locator("#preview")).containsText("Unknown placeholders: nonsense");
            page.locator("#save-template").click();
            assertThat(page.locator("#subject")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));

            page.locator("#subject").fill("Got it: {{ticket.subject}}");
            page.locator("#save-template").click();
            assertThat(page.locator(".alert-success")).isVisible();
            screenshot("notification-template");
            open("/admin/notifications");
            assertThat(page.locator("table")).containsText("Got it: {{ticket.subject}}");
        } finally {
            open("/admin/notifications/acknowledgement/en");
            if (page.locator("button:has-text('Back to the shipped text')").count() > 0) {
                page.locator("button:has-text('Back to the shipped text')").click();
            }
        }
        assertThat(page.locator("#subject").inputValue()).startsWith("We received your request");
    }
}
