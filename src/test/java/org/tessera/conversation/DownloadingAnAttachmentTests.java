package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Customers send whatever files they like. A file that could run script in the browser (HTML, SVG) must never be
 * shown as a page of ours: it is always a download, never sniffed, and sandboxed.
 */
class DownloadingAnAttachmentTests extends IntegrationTest {

    private Person customer;
    private Person agent;
    private long ticketId;

    @BeforeEach
    void aTicket() {
        var people = new People(api);
        customer = people.customer();
        agent = people.agent();
        ticketId = TicketMother.openedBy(customer, "See attached").get("id").asLong();
    }

    @Test
    void anHtmlFileIsAlwaysADownload() {
        var download = agent.api().get("/api/v1/attachments/" + uploaded("page.html", "text/html",
                "<script>alert(document.cookie)</script>"));

        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).isAttachment()).isTrue();
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void anSvgImageIsAlwaysADownload() {
        var download = agent.api().get("/api/v1/attachments/" + uploaded("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));

        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).isAttachment()).isTrue();
    }

    @Test
    void aPictureOpensInTheBrowser() {
        var download = agent.api().get("/api/v1/attachments/" + uploaded("photo.png", "image/png", "PNG"));

        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).isInline()).isTrue();
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void aPathInTheFilenameIsDropped() {
        var download = agent.api().get("/api/v1/attachments/" + uploaded("../../etc/passwd", "text/plain", "root"));

        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).getFilename()).isEqualTo("passwd");
    }

    @Test
    void aContentTypeThatIsNotOneIsServedAsBytes() {
        var download = agent.api().get("/api/v1/attachments/" + uploaded("odd.bin", "not a type", "x"));

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
    }

    @Test
    void theTicketPageMarksAFileWithAPaperclipEveryComputerCanDraw() {
        uploaded("error-log.txt", "text/plain", "error 809");
        long number = agent.api().get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

        var page = org.tessera.portal.WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD)
                .get("/tickets/" + number);

        var file = org.jsoup.Jsoup.parse(page.html()).select("li:has(a:containsOwn(error-log.txt))").first();
        assertThat(file).isNotNull();
        assertThat(file.select("svg.icon")).hasSize(1);
        // An emoji needs an emoji font, which many desktops lack: they show an empty box instead.
        assertThat(file.text()).doesNotContain("\uD83D\uDCCE");
    }

    private long uploaded(String filename, String contentType, String content) {
        Api.Response upload = customer.api().upload("/api/v1/tickets/" + ticketId + "/attachments", filename,
                contentType, content.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        return upload.json().get("attachments").get(0).get("id").asLong();
    }
}
