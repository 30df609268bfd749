package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.email.internal.display.QuotedText;
import org.tessera.email.internal.display.ShownHtml;

/** How an email's body is prepared for the ticket page: images, privacy, folded history. */
class ShowingAnEmailTests {

    @Test
    void inlineImagesShowTheirAttachment() {
        ShownHtml shown = ShownHtml.of("<p><img src=\"cid:logo@x\" alt=\"logo\"></p>", Map.of("logo@x", 42L),
                "Quoted", "Signature");

        assertThat(shown.html()).contains("src=\"/attachments/42\"");
        assertThat(shown.inlineAttachments()).containsExactly(42L);
    }

    @Test
    void remoteImagesWaitForTheReadersConsent() {
        ShownHtml shown = ShownHtml.of("<img src=\"https://tracker.example/p.gif\">", Map.of(), "Quoted", "Signature");

        assertThat(shown.remoteImages()).isTrue();
        assertThat(shown.html()).contains("data-remote-src=\"https://tracker.example/p.gif\"")
                .doesNotContain(" src=");
    }

    @Test
    void quotedHistoryAndSignaturesAreFoldedNotRemoved() {
        ShownHtml shown = ShownHtml.of("<p>New text</p><div class=\"gmail_signature\">Ana, Support</div>"
                + "<div class=\"gmail_quote\">On Monday Rui wrote:<blockquote>Old text</blockquote></div>",
                Map.of(), "Quoted text", "Signature");

        assertThat(shown.html()).contains("<details class=\"email-quote\"><summary>Signature</summary>")
                .contains("<details class=\"email-quote\"><summary>Quoted text</summary>").contains("Old text")
                .contains("Ana, Support").doesNotContain("gmail_quote");
    }

    @Test
    void outlooksReplyHeaderFoldsEverythingAfterIt() {
        ShownHtml shown = ShownHtml.of("<p>Thanks!</p><div id=\"divRplyFwdMsg\">From: Rui</div><p>Old 1</p>"
                + "<p>Old 2</p>", Map.of(), "Quoted text", "Signature");

        assertThat(shown.html()).startsWith("<p>Thanks!</p>").contains("<summary>Quoted text</summary>")
                .containsSubsequence("From: Rui", "Old 1", "Old 2", "</details>");
    }

    @Test
    void plainTextHistoryFoldsFromTheAttributionLine() {
        String html = QuotedText.html("Great, thanks!\n\nOn Tuesday, Support wrote:\n> Fixed.\n> Bye",
                "Quoted text", "Signature");

        assertThat(html).isEqualTo("<div class=\"email-text\">Great, thanks!<details class=\"email-quote\">"
                + "<summary>Quoted text</summary>On Tuesday, Support wrote:\n&gt; Fixed.\n&gt; Bye</details></div>");
    }

    @Test
    void aPlainTextSignatureFoldsAndTextIsEscaped() {
        String html = QuotedText.html("<b>not bold</b>\n-- \nAna\nSupport", "Quoted text", "Signature");

        assertThat(html).contains("&lt;b&gt;not bold&lt;/b&gt;").contains("<summary>Signature</summary>-- \nAna");
    }
}
