package org.tessera.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.SendFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.email.MailIntake;
import org.tessera.email.Mails;
import org.tessera.email.SmtpClient;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketLists;
import org.tessera.support.TicketMother;

/**
 * The SMTP receiver, as a site's MX or any mail client talks to it: mail for Tessera's addresses becomes tickets,
 * mail for anyone else is refused at RCPT, and a ticket's reply address brings the answer to its ticket.
 */
class TheBuiltInSmtpReceiverTests extends IntegrationTest {

    @Autowired
    EmailSettings settings;
    @Autowired
    MailIntake intake;
    @Autowired
    MailboxDirectory mailboxes;

    private SmtpReceiver receiver;
    private Api admin;

    @BeforeEach
    void aReceiverOnAFreePort() {
        receiver = new SmtpReceiver(settings, intake, mailboxes, 0);
        receiver.start();
        admin = new People(api).admin();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void mailToTheSupportAddressBecomesATicket() throws Exception {
        String word = TicketMother.uniqueWord();
        var mail = Mails.from("Carla <carla-" + People.unique() + "@example.org>").to(settings.supportAddress())
                .subject("Keyboard " + word).text("Keys stick.");

        SmtpClient.send(receiver.port(), mail.bytes(), settings.supportAddress());

        await().atMost(Duration.ofSeconds(10)).until(() -> tickets(word).size() == 1);
    }

    @Test
    void mailWithoutAFromLineIsFromItsEnvelopeSender() throws Exception {
        String word = TicketMother.uniqueWord();
        String sender = "script-" + People.unique() + "@example.org";
        byte[] bare = ("Subject: Printer on fire " + word + "\r\n\r\nSmoke!\r\n").getBytes(StandardCharsets.US_ASCII);

        SmtpClient.sendAs(sender, receiver.port(), bare, settings.supportAddress());

        await().atMost(Duration.ofSeconds(10)).until(() -> tickets(word).size() == 1);
        assertThat(admin.get("/api/v1/tickets/" + tickets(word).get(0)).json().at("/requester/email").asString())
                .isEqualTo(sender);
    }

    @Test
    void mailForAnAddressTesseraDoesNotServeIsRefused() {
        var mail = Mails.from("someone@example.org").to("nobody@elsewhere.example").subject("Relay?").text("x");

        assertThatThrownBy(() -> SmtpClient.send(receiver.port(), mail.bytes(), "nobody@elsewhere.example"))
                .isInstanceOf(SendFailedException.class).hasStackTraceContaining("550");
    }

    @Test
    void mailOverTheSizeLimitIsRefusedWithTheReasonWhileSmallerMailArrives() throws Exception {
        var small = new EmailSettings(settings.supportAddress(), settings.supportName(), 0, "127.0.0.1",
                org.springframework.util.unit.DataSize.ofKilobytes(4), settings.baseUrl(), settings.messageIdDomain(),
                settings.autoReplyLimit(), settings.outboxDelayMs(), settings.pollDelayMs());
        var strict = new SmtpReceiver(small, intake, mailboxes, 0);
        strict.start();
        try {
            String word = TicketMother.uniqueWord();
            var big = Mails.from("big-" + People.unique() + "@example.org").to(settings.supportAddress())
                    .subject("Scan " + word).text("x".repeat(10_000));

            assertThatThrownBy(() -> SmtpClient.send(strict.port(), big.bytes(), settings.supportAddress()))
                    .isInstanceOf(SendFailedException.class).hasStackTraceContaining("552");
            SmtpClient.send(strict.port(), Mails.from("small-" + People.unique() + "@example.org")
                    .to(settings.supportAddress()).subject("Small " + word).text("fits").bytes(), settings.supportAddress());

            await().atMost(Duration.ofSeconds(10)).until(() -> tickets(word).size() == 1);
        } finally {
            strict.stop();
        }
    }

    @Test
    void anAnswerToTheTicketsReplyAddressLandsOnTheTicket() throws Exception {
        String customer = "plus-" + People.unique() + "@example.org";
        String word = TicketMother.uniqueWord();
        SmtpClient.send(receiver.port(), Mails.from(customer).to(settings.supportAddress()).subject("Mouse " + word)
                .text("Broken.").bytes(), settings.supportAddress());
        await().atMost(Duration.ofSeconds(10)).until(() -> tickets(word).size() == 1);
        long ticketId = tickets(word).get(0);
        long number = admin.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();
        String replyAddress = settings.supportAddress().replace("@", "+t" + number + "@");

        SmtpClient.send(receiver.port(), Mails.from(customer).to(replyAddress).subject("another thing").text("Also.")
                .bytes(), replyAddress);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                admin.get("/api/v1/tickets/" + ticketId + "/messages").json().size() == 2);
        assertThat(tickets(word)).hasSize(1);
    }

    private java.util.List<Long> tickets(String word) {
        return TicketLists.idsIn(admin.get("/api/v1/tickets?q=" + word));
    }
}
