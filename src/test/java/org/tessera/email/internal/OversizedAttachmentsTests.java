package org.tessera.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tessera.email.Mails;
import org.tessera.email.internal.intake.ReceivedContent;
import org.tessera.email.internal.mime.MimeParser;

/** An attachment over the limit is not kept as a file; a note in the text says so (it stays in the original). */
class OversizedAttachmentsTests {

    @Test
    void anAttachmentOverTheLimitIsReplacedByANote() {
        var parsed = new MimeParser().parse(Mails.from("a@example.org").to("support@localhost").text("Two files.")
                .attachment("small.txt", "text/plain", "tiny".getBytes())
                .attachment("huge.bin", "application/octet-stream", new byte[5000]).bytes());

        ReceivedContent content = ReceivedContent.of(parsed, 1000);

        assertThat(content.files()).extracting(f -> f.file().filename()).containsExactly("small.txt");
        assertThat(content.text()).startsWith("Two files.").contains("\"huge.bin\"").contains("larger than the limit")
                .contains("in the original email");
    }
}
