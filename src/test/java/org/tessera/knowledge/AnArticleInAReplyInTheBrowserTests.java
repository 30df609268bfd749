package org.tessera.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** An agent writes an article, publishes it, and later puts its link into a reply in two clicks. */
class AnArticleInAReplyInTheBrowserTests extends BrowserTest {

    @Test
    void anAgentWritesPublishesAndLinksAnArticle() {
        var people = new People(api);
        var agent = people.agent();
        String word = TicketMother.uniqueWord();
        var ticket = TicketMother.openedBy(people.customer(), "Printer " + word + " shows error 42");
        signIn(agent.email(), People.PASSWORD);

        open("/kb");
        page.getByText("New article").click();
        page.getByLabel("Title").fill("Printer " + word + " error 42");
        page.locator("#body").fill("## Fix\n\n1. Turn it off\n2. Remove the **toner**\n\n| Code | Meaning |\n| --- | --- |\n| 42 | Toner jam |");
        page.locator("#image-upload").setInputFiles(new com.microsoft.playwright.options.FilePayload("toner-slot.png",
                "image/png", java.util.Base64.getDecoder().decode(ArticleImagesTests.PNG)));
        assertThat(page.locator("#body")).hasValue(java.util.regex.Pattern.compile(
                ".*!\\[toner slot]\\(/portal/kb/images/[A-Za-z0-9_-]{22}/toner-slot.png\\)\\n", java.util.regex.Pattern.DOTALL));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(page.locator("#preview-body table")).isVisible();
        assertThat(page.locator("#preview-body img")).hasAttribute("alt", "toner slot");
        screenshot("kb-editor-preview");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save and publish")).click();
        assertThat(page.locator(".alert-success")).containsText("Published");
        assertThat(page.locator(".article-body strong")).hasText("toner");
        screenshot("kb-article-agent");

        open("/tickets/" + ticket.get("number").asLong());
        page.getByText("Insert article").click();
        page.locator("#kb-picker-results [data-kb-insert]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("error 42")).first().click();

        assertThat(page.locator("#composer-body")).hasValue(java.util.regex.Pattern.compile(
                "Printer " + word + " error 42: http://localhost:\\d+/portal/kb/articles/\\d+-printer-" + word + "-error-42"));
        screenshot("kb-picker");
    }

    @Test
    void wordsTypedInThePickerReplaceTheListItShowed() {
        var people = new People(api);
        var agent = people.agent();
        String word = TicketMother.uniqueWord();
        String other = TicketMother.uniqueWord();
        KnowledgeFixtures.published(agent.api(), "Scanner " + word + " is slow",
                "Clean the glass.", "PUBLIC");
        KnowledgeFixtures.published(agent.api(), "Badge " + other + " does not open doors",
                "Ask reception.", "PUBLIC");
        var ticket = TicketMother.openedBy(people.customer(), "Scanner " + word + " takes minutes");
        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + ticket.get("number").asLong());
        page.getByText("Insert article").click();
        assertThat(page.locator("#kb-picker-results [data-kb-insert]").first()).containsText("Scanner " + word);

        page.locator("#kb-picker-search").fill(other);

        assertThat(page.locator("#kb-picker-results")).containsText("Badge " + other);
        var shown = page.locator("#kb-picker-results [data-kb-insert]");
        assertThat(shown).hasCount(1);
        assertThat(page.locator("#kb-picker-results")).not().containsText("Loading");
        shown.click();
        assertThat(page.locator("#composer-body")).hasValue(java.util.regex.Pattern.compile("Badge " + other + " does not open doors: .*"));
    }

    @Test
    void openingThePickerKeepsTheNoteBeingWritten() {
        var people = new People(api);
        var agent = people.agent();
        String word = TicketMother.uniqueWord();
        KnowledgeFixtures.published(agent.api(), "Router " + word + " blinks red", "Unplug it.", "PUBLIC");
        var ticket = TicketMother.openedBy(people.customer(), "Router " + word + " is blinking");
        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + ticket.get("number").asLong());
        htmxSettled();
        page.getByLabel("Internal note").check();
        page.locator("#composer-body").fill("Customer already restarted it twice. See ");

        page.getByText("Insert article").click();
        assertThat(page.locator("#kb-picker-results")).containsText("Router " + word);
        htmxSettled();

        assertThat(page.locator("#composer-body")).hasValue("Customer already restarted it twice. See ");
        assertThat(page.getByLabel("Internal note")).isChecked();
        page.locator("#kb-picker-results [data-kb-insert]").first().click();
        assertThat(page.locator("#composer-body")).hasValue(java.util.regex.Pattern.compile(
                "Customer already restarted it twice\\. See Router " + word + " blinks red: .*"));
    }
}
