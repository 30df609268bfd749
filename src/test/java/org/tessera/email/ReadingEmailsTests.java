package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tessera.email.internal.mime.MimeParser;
import org.tessera.email.internal.mime.ParsedMessage;

/** What the parser reads beyond the corpus's expected fields: threading headers, inline images, machines, safety. */
class ReadingEmailsTests {

    private static final Path CORPUS = Path.of(System.getenv().getOrDefault("TESSERA_EMAIL_CORPUS",
            "../shared/corpus/email/zammad"));
    private final MimeParser parser = new MimeParser();

    @Test
    void aMessageIdFoldedOntoTheNextLineIsRead() throws Exception {
        ParsedMessage mail = corpus("mail095.box");

        assertThat(mail.messageId()).isNotBlank().doesNotContain(" ").doesNotContain("<");
    }

    @Test
    void aMessageWithoutMessageIdHasNone() throws Exception {
        assertThat(corpus("mail097.box").messageId()).isNull();
    }

    @Test
    void anImpossibleDateIsNoDate() throws Exception {
        assertThat(corpus("mail074.box").sentAt()).isNull();
    }

    @Test
    void inlineImagesKeepTheContentIdTheirHtmlRefersTo() throws Exception {
        ParsedMessage mail = corpus("mail010.box");

        var inline = mail.attachments().stream().filter(a -> a.inline() && a.contentId() != null).toList();
        assertThat(inline).isNotEmpty();
        assertThat(org.jsoup.Jsoup.parse(mail.html()).select("img").eachAttr("src"))
                .contains("cid:" + inline.get(0).contentId());
    }

    @Test
    void aBounceNamesTheMessageItReturnsAndIsAutomatic() throws Exception {
        ParsedMessage bounce = corpus("mail033-undelivered-mail-returned-to-sender.box");

        assertThat(bounce.returnedMessageIds()).isNotEmpty();
        assertThat(bounce.automatic().report()).isTrue();
        assertThat(bounce.automatic().any()).isTrue();
    }

    @Test
    void repliesNameTheirThreadInOrder() {
        ParsedMessage reply = parse("From: a@example.org\r\nSubject: Re: x\r\nMessage-ID: <3@x>\r\n"
                + "In-Reply-To: <2@x>\r\nReferences: <1@x>\r\n <2@x>\r\n\r\nok\r\n");

        assertThat(reply.inReplyTo()).isEqualTo("2@x");
        assertThat(reply.references()).containsExactly("1@x", "2@x");
        assertThat(reply.threadIds()).containsExactly("2@x", "1@x");
    }

    @Test
    void vacationRepliesListsAndMailServersAreMachines() {
        assertThat(parse("From: a@x.org\r\nAuto-Submitted: auto-replied\r\n\r\nAway").automatic().autoSubmitted())
                .isTrue();
        assertThat(parse("From: a@x.org\r\nList-Id: <l.x.org>\r\n\r\nNews").automatic().list()).isTrue();
        assertThat(parse("From: a@x.org\r\nPrecedence: bulk\r\n\r\nNews").automatic().bulk()).isTrue();
        assertThat(parse("From: MAILER-DAEMON@x.org\r\n\r\nFailed").automatic().mailerDaemon()).isTrue();
        assertThat(parse("From: a@x.org\r\nAuto-Submitted: no\r\n\r\nHi").automatic().any()).isFalse();
    }

    @Test
    void scriptsHandlersFormsAndFramesNeverSurviveButLayoutDoes() {
        ParsedMessage mail = parse("From: a@x.org\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<style>td.x{color:red}</style><script>alert(1)</script>"
                + "<table width=\"400\" style=\"border:1px solid #000\"><tr><td class=\"x\" onclick=\"steal()\">Cell</td>"
                + "</tr></table><form action=\"https://evil.example\"><input name=\"p\"></form>"
                + "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">js</a>"
                + "<a href=\"https://ok.example\">ok</a><img src=\"https://t.example/p.gif\">");

        assertThat(mail.html()).doesNotContain("script").doesNotContain("onclick").doesNotContain("<form")
                .doesNotContain("<input").doesNotContain("iframe").doesNotContain("javascript:")
                .contains("<table").contains("width=\"400\"").contains("color:red").contains("Cell")
                .contains("href=\"https://ok.example\"").contains("rel=\"noopener noreferrer nofollow\"")
                .contains("https://t.example/p.gif");
        assertThat(mail.text()).contains("Cell").doesNotContain("alert");
    }

    @Test
    void htmlOnlyMailHasAPlainTextVersion() {
        ParsedMessage mail = parse("From: a@x.org\r\nContent-Type: text/html\r\n\r\n<p>Hello</p><ul><li>one</li>"
                + "<li>two</li></ul><p>Bye<br>Ana</p>");

        assertThat(mail.text()).isEqualTo("Hello\n\n- one\n- two\n\nBye\nAna");
    }

    @Test
    void utf8TextWithOneBrokenByteKeepsEveryOtherCharacter() {
        byte[] raw = concat("From: a@x.org\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nli".getBytes(
                StandardCharsets.US_ASCII), new byte[] {(byte) 0xEE}, " ed. Это сообщение. Ação".getBytes(
                StandardCharsets.UTF_8));

        assertThat(parser.parse(raw).text()).isEqualTo("liî ed. Это сообщение. Ação");
    }

    @Test
    void latin1TextLabeledUtf8IsReadAsLatin1() {
        byte[] raw = concat("From: a@x.org\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n".getBytes(
                StandardCharsets.US_ASCII), "Ação rápida, Müller".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(parser.parse(raw).text()).isEqualTo("Ação rápida, Müller");
    }

    @Test
    void anAddressWithAQuotedLocalPartIsAnAddressNotAName() {
        ParsedMessage mail = parse("From: \"Lottery transfer\"@example.com>\r\nSubject: x\r\n\r\nWon!");

        assertThat(mail.from().address()).isEqualTo("\"Lottery transfer\"@example.com");
        assertThat(mail.from().name()).isEmpty();
    }

    @Test
    void aQuotedNameBeforeAnAddressIsStillAName() {
        ParsedMessage mail = parse("From: \"Ana Souza\" <ana@example.com>\r\nTo: \"b@x.org\"\r\n\r\nHi");

        assertThat(mail.from().name()).isEqualTo("Ana Souza");
        assertThat(mail.from().address()).isEqualTo("ana@example.com");
        assertThat(mail.to()).extracting(a -> a.address()).containsExactly("b@x.org");
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private ParsedMessage parse(String raw) {
        return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedMessage corpus(String file) throws Exception {
        return parser.parse(Files.readAllBytes(CORPUS.resolve(file)));
    }
}
