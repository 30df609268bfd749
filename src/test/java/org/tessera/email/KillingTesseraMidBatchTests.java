package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.support.TicketMother;

/**
 * Tessera is killed (SIGKILL, no shutdown at all) while it takes a mailbox's mail in, and started again: every
 * email is then in Tessera exactly once, as one ticket with one message, its acknowledgement queued exactly once,
 * and the mailbox is empty. Runs the real application in a separate JVM against a database this test owns.
 */
class KillingTesseraMidBatchTests {

    private static final int EMAILS = 120;

    private EmbeddedPostgres database;
    private JdbcTemplate jdbc;
    private GreenMail mail;
    private GreenMailUser inbox;
    private Process tessera;
    private Path dataDir;

    @BeforeEach
    void aDatabaseAndAMailServer() throws Exception {
        dataDir = Path.of("target", "crash-test", UUID.randomUUID().toString());
        Files.createDirectories(dataDir);
        database = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(true).setOverrideWorkingDirectory(dataDir.resolve("bin").toFile()).start();
        DataSource dataSource = database.getPostgresDatabase();
        jdbc = new JdbcTemplate(dataSource);
        mail = MailServers.start();
        inbox = mail.setUser("support@crash.test", "support@crash.test", "secret");
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (tessera != null) {
            tessera.destroyForcibly().waitFor();
        }
        mail.stop();
        database.close();
    }

    @Test
    void everyEmailIsThereExactlyOnceAfterAKillInTheMiddleOfABatch() throws Exception {
        String word = TicketMother.uniqueWord();
        for (int i = 0; i < EMAILS; i++) {
            var message = Mails.from("customer" + i + "@example.org").to("support@crash.test")
                    .subject("Request " + i + " " + word).text("Email number " + i);
            inbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(message.bytes())));
        }
        tessera = start("first");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> tableExists());
        jdbc.update("""
                insert into email_mailbox (name, address, protocol, host, port, security, username, password,
                                           poll_seconds, use_idle)
                values ('Crash', 'support@crash.test', 'IMAP', '127.0.0.1', ?, 'NONE', 'support@crash.test',
                        'secret', 5, false)""", mail.getImap().getPort());

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> taken() >= 10);
        tessera.destroyForcibly().waitFor();
        int takenBeforeTheKill = taken();
        int stillInTheMailbox = inMailbox();

        assertThat(takenBeforeTheKill).as("killed in the middle of the batch").isBetween(10, EMAILS - 1);
        assertThat(stillInTheMailbox + takenBeforeTheKill).as("some emails were in Tessera and still in the mailbox")
                .isGreaterThan(EMAILS);

        tessera = start("second");

        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> taken() == EMAILS && inMailbox() == 0);
        assertThat(count("select count(*) from ticket where subject like ?", "%" + word)).isEqualTo(EMAILS);
        assertThat(count("select count(*) from conversation_message m join ticket t on t.id = m.ticket_id"
                + " where t.subject like ?", "%" + word)).isEqualTo(EMAILS);
        assertThat(count("select count(*) from email_quarantine")).isZero();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count("select count(*) from email_outbox where event_key like 'ticket-opened:%'") == EMAILS);
        assertThat(count("select count(*) from (select ticket_id from email_outbox group by ticket_id"
                + " having count(*) > 1) twice")).isZero();
    }

    private Process start(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String url = database.getJdbcUrl("postgres", "postgres");
        File log = dataDir.resolve("tessera-" + name + ".log").toFile();
        var builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.tessera.Tessera", "--server.port=0", "--tessera.data-dir=" + dataDir.toAbsolutePath(),
                "--tessera.db.url=" + url, "--tessera.db.user=postgres", "--tessera.mail.poll-delay-ms=300",
                "--tessera.mail.mailbox-lock-seconds=10", "--tessera.admin.email=admin@crash.test",
                "--tessera.admin.password=crash-test-password"))
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().remove("TESSERA_SMTP_PORT");
        return builder.start();
    }

    private boolean tableExists() {
        // The email tables exist once the migrations ran; the mailbox is added then, as an administrator would.
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.tables where table_name = 'email_pop3_seen')",
                Boolean.class));
    }

    private int taken() {
        return count("select count(*) from email_message where ticket_id is not null");
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Messages still in the mailbox, whatever their flags (a killed client never expunged). */
    private int inMailbox() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "support@crash.test", "secret");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            int n = folder.getMessageCount();
            folder.close(false);
            return n;
        }
    }
}
