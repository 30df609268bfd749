package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketLists;
import org.tessera.support.TicketMother;

/**
 * Mailboxes on a real IMAP and POP3 server: their mail becomes tickets, each message marked done only after it is
 * in Tessera (deleted, moved or flagged as the mailbox says), never taken twice, and a message that cannot be taken
 * in never stops the others.
 */
class FetchingMailboxesTests extends IntegrationTest {

    private GreenMail server;
    private Api admin;
    private final List<Long> mailboxes = new ArrayList<>();
    private String address;
    private GreenMailUser user;

    @BeforeEach
    void aMailServerWithAMailbox() {
        server = MailServers.start();
        admin = new People(api).admin();
        address = "inbox-" + People.unique() + "@tessera.test";
        user = server.setUser(address, address, "secret-" + People.unique());
    }

    @AfterEach
    void removeMailboxes() {
        mailboxes.forEach(id -> admin.delete("/api/v1/mail/mailboxes/" + id));
        server.stop();
    }

    @Test
    void imapMailBecomesTicketsAndLeavesTheMailbox() throws Exception {
        String word = TicketMother.uniqueWord();
        deliver(Mails.from("a-" + People.unique() + "@example.org").to(address).subject("First " + word).text("one"));
        deliver(Mails.from("b-" + People.unique() + "@example.org").to(address).subject("Second " + word).text("two"));

        connect(MailServers.imap(server, address, address, user.getPassword()));

        await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesIn("INBOX") == 0);
    }

    @Test
    void aMailboxThatMovesKeepsTheMailInItsFolderAndNeverTakesItTwice() throws Exception {
        String word = TicketMother.uniqueWord();
        deliver(Mails.from("m-" + People.unique() + "@example.org").to(address).subject("Move " + word).text("x"));
        var settings = MailServers.imap(server, address, address, user.getPassword());
        settings.put("afterImport", "MOVE");
        settings.put("moveToFolder", "Taken");

        connect(settings);

        await().atMost(Duration.ofSeconds(40)).until(() -> messagesIn("Taken") == 1);
        assertThat(messagesIn("INBOX")).isZero();
        Thread.sleep(7000);
        assertThat(tickets(word)).hasSize(1);
    }

    @Test
    void aMailboxThatKeepsItsMailFlagsWhatItTookAndTakesOnlyNewMail() throws Exception {
        String word = TicketMother.uniqueWord();
        deliver(Mails.from("f-" + People.unique() + "@example.org").to(address).subject("Keep " + word).text("x"));
        var settings = MailServers.imap(server, address, address, user.getPassword());
        settings.put("afterImport", "FLAG");
        connect(settings);
        await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 1);

        deliver(Mails.from("g-" + People.unique() + "@example.org").to(address).subject("Later " + word).text("y"));

        await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 2);
        Thread.sleep(7000);
        assertThat(tickets(word)).hasSize(2);
        assertThat(messagesIn("INBOX")).isEqualTo(2);
    }

    @Test
    void pop3MailBecomesTicketsAndIsDeletedFromTheServer() throws Exception {
        String word = TicketMother.uniqueWord();
        deliver(Mails.from("p-" + People.unique() + "@example.org").to(address).subject("Pop " + word).text("x"));
        var settings = MailServers.imap(server, address, address, user.getPassword());
        settings.put("protocol", "POP3");
        settings.put("port", server.getPop3().getPort());

        connect(settings);

        await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesIn("INBOX") == 0);
    }

    @Test
    void aMessageThatCannotBeTakenInIsHeldAndTheOthersStillArrive() throws Exception {
        String word = TicketMother.uniqueWord();
        deliver("Subject: nobody sent this " + word + "\r\nMessage-ID: <broken-" + word + "@x>\r\n\r\nNo sender.\r\n");
        deliver(Mails.from("ok-" + People.unique() + "@example.org").to(address).subject("Fine " + word).text("x"));

        connect(MailServers.imap(server, address, address, user.getPassword()));

        await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesIn("INBOX") == 0);
        assertThat(admin.get("/api/v1/mail/quarantine").text()).contains("nobody sent this " + word);
    }

    @Test
    void newMailArrivesThroughImapIdleWithoutWaitingForTheInterval() throws Exception {
        String word = TicketMother.uniqueWord();
        var settings = MailServers.imap(server, address, address, user.getPassword());
        settings.put("pollSeconds", 3600);
        settings.put("useIdle", true);
        connect(settings);
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/v1/mail/mailboxes/" + last()).json()
                .get("lastCheckedAt") != null && !admin.get("/api/v1/mail/mailboxes/" + last()).json()
                .get("lastCheckedAt").isNull());
        Thread.sleep(15_000);

        deliver(Mails.from("idle-" + People.unique() + "@example.org").to(address).subject("Idle " + word).text("x"));

        await().atMost(Duration.ofSeconds(45)).until(() -> tickets(word).size() == 1);
    }

    @Test
    void aMailboxSignsInWithOAuth2() throws Exception {
        String token = "access-" + People.unique();
        server.setUser(address + ".oauth", address, token);
        HttpServer tokens = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokens.createContext("/token", exchange -> {
            byte[] body = ("{\"access_token\":\"" + token + "\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokens.start();
        try {
            String word = TicketMother.uniqueWord();
            var settings = MailServers.imap(server, address, address, null);
            settings.remove("password");
            settings.put("auth", "XOAUTH2");
            settings.put("oauthTokenUrl", "http://127.0.0.1:" + tokens.getAddress().getPort() + "/token");
            settings.put("oauthClientId", "tessera");
            settings.put("oauthClientSecret", "client-secret");
            settings.put("oauthRefreshToken", "refresh-token");
            deliver(Mails.from("o-" + People.unique() + "@example.org").to(address).subject("OAuth " + word).text("x"));

            connect(settings);

            await().atMost(Duration.ofSeconds(40)).until(() -> tickets(word).size() == 1);
            assertThat(admin.post("/api/v1/mail/mailboxes/" + last() + "/test", Map.of()).json().get("result")
                    .asString()).contains("IMAP: signed in");
        } finally {
            tokens.stop(0);
        }
    }

    @Test
    void testingAMailboxWhoseServerHasAnUntrustedCertificateSaysSo() {
        var secure = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAPS}));
        secure.start();
        try {
            secure.setUser(address, address, "s3cret");
            var settings = MailServers.imap(server, address, address, "s3cret");
            settings.put("port", secure.getImaps().getPort());
            settings.put("security", "SSL");
            settings.put("active", false);
            connect(settings);

            String report = admin.post("/api/v1/mail/mailboxes/" + last() + "/test", Map.of()).json().get("result")
                    .asString();

            assertThat(report).contains("IMAP: failed: the server's certificate is not trusted")
                    .doesNotContain("PKIX").doesNotContain("sun.security");
        } finally {
            secure.stop();
        }
    }

    @Test
    void testingAMailboxOnAPortNobodyListensAtSaysSo() throws Exception {
        var settings = MailServers.imap(server, address, address, user.getPassword());
        try (var socket = new java.net.ServerSocket(0)) {
            settings.put("port", socket.getLocalPort());
        }
        settings.put("active", false);
        connect(settings);

        String report = admin.post("/api/v1/mail/mailboxes/" + last() + "/test", Map.of()).json().get("result")
                .asString();

        assertThat(report).contains("IMAP: failed: nobody answers at that host and port");
    }

    private void connect(Map<String, Object> settings) {
        mailboxes.add(MailServers.created(admin.post("/api/v1/mail/mailboxes", settings)));
    }

    private long last() {
        return mailboxes.get(mailboxes.size() - 1);
    }

    private List<Long> tickets(String word) {
        return TicketLists.idsIn(admin.get("/api/v1/tickets?q=" + word + "&size=50"));
    }

    private void deliver(Mails mail) throws Exception {
        deliver(new String(mail.bytes(), StandardCharsets.UTF_8));
    }

    private void deliver(String raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private int messagesIn(String folderName) throws Exception {
        Properties p = new Properties();
        try (Store store = Session.getInstance(p).getStore("imap")) {
            store.connect("127.0.0.1", server.getImap().getPort(), address, user.getPassword());
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            int count = 0;
            for (var m : folder.getMessages()) {
                if (!m.isSet(Flags.Flag.DELETED)) {
                    count++;
                }
            }
            folder.close(false);
            return count;
        }
    }
}
