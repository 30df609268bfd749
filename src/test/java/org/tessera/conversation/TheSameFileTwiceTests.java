package org.tessera.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/** A logo in every signature is stored once: attachments are kept by content hash, under their own names. */
class TheSameFileTwiceTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${tessera.data-dir}")
    Path dataDir;

    @Test
    void isStoredOnceAndDownloadsUnderEachName() throws Exception {
        var customer = new People(api).customer();
        long ticketId = TicketMother.openedBy(customer, "Logo").get("id").asLong();
        byte[] content = ("same bytes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        var first = customer.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "logo.png", "image/png", content);
        var second = customer.api().upload("/api/v1/tickets/" + ticketId + "/attachments", "logo-copy.png", "image/png", content);

        String sha = jdbc.queryForObject("select sha256 from conversation_attachment where id = ?", String.class,
                first.json().get("attachments").get(0).get("id").asLong());
        assertThat(jdbc.queryForObject("select count(*) from conversation_attachment where sha256 = ?", Long.class, sha))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from conversation_blob where sha256 = ?", Long.class, sha))
                .isEqualTo(1);
        try (var files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(f -> f.getFileName().toString().equals(sha)).count()).isEqualTo(1);
        }
        var download = customer.api().get("/api/v1/attachments/" + second.json().get("attachments").get(0).get("id").asLong());
        assertThat(download.bytes()).isEqualTo(content);
        assertThat(download.header("Content-Disposition")).contains("logo-copy.png");
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
    }
}
