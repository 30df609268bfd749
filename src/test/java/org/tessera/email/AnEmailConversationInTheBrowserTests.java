package org.tessera.email;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.email.internal.EmailSettings;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.SmtpReceiver;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketLists;
import org.tessera.support.TicketMother;

/**
 * The whole round, as people do it: a customer's mail program sends an HTML email with an inline picture to the
 * SMTP receiver; the agent reads it on the ticket page as it was written, answers from the page; the answer reaches
 * the customer's inbox threaded under their email; the customer answers it, and the answer joins the ticket.
 */
class AnEmailConversationInTheBrowserTests extends BrowserTest {

    @Autowired
    EmailSettings settings;
    @Autowired
    MailIntake intake;
    @Autowired
    MailboxDirectory mailboxes;

    private GreenMail customersMail;
    private SmtpReceiver receiver;
    private People people;
    private long mailboxId;
    private String help;

    @BeforeEach
    void aHelpdeskReceivingAndSendingMail() {
        customersMail = MailServers.start();
        receiver = new SmtpReceiver(settings, intake, mailboxes, 0);
        receiver.start();
        people = new People(api);
        help = "help-" + People.unique() + "@tessera.test";
        mailboxId = MailServers.sendingMailbox(people.admin(), customersMail, help);
    }

    @AfterEach
    void stop() {
        receiver.stop();
        people.admin().delete("/api/v1/mail/mailboxes/" + mailboxId);
        customersMail.stop();
    }

    @Test
    void anHtmlEmailIsReadAsWrittenAnsweredAndTheAnswerThreadsBack() throws Exception {
        Person agent = people.agent();
        String customer = "joana-" + People.unique() + "@example.org";
        String word = TicketMother.uniqueWord();
        var first = Mails.from("Joana Lima <" + customer + ">").to(help).subject("Invoice layout " + word)
                .text("The totals column is cut off. See the screenshot.")
                .html("<html><head><style>.total{font-weight:bold;color:#c00}</style></head><body>"
                        + "<p>Hello,</p><p>The <b>totals</b> column is cut off:</p>"
                        + "<table border=\"1\" cellpadding=\"4\"><tr><th>Item</th><th>Total</th></tr>"
                        + "<tr><td>Licences</td><td class=\"total\">1.200,00 €</td></tr></table>"
                        + "<p><img src=\"cid:shot@joana\" alt=\"screenshot\" width=\"120\"></p>"
                        + "<p><img src=\"https://tracker.example/pixel.gif\" alt=\"\"></p>"
                        + "<div class=\"gmail_quote\">On Monday, Billing wrote:<blockquote>Your invoice is attached."
                        + "</blockquote></div></body></html>")
                .inlineImage("shot@joana", "screenshot.png", png());

        SmtpClient.send(receiver.port(), first.bytes(), help);
        await().atMost(Duration.ofSeconds(10)).until(() -> tickets(word).size() == 1);
        long ticketId = tickets(word).get(0);
        long number = agent.api().get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

        signIn(agent.email(), People.PASSWORD);
        open("/tickets/" + number);
        var email = page.locator("#conversation article.message").first();
        assertThat(email.locator(".email-body table")).containsText("1.200,00 €");
        assertThat(email.locator(".email-body td").last()).hasCSS("font-weight", "700");
        var picture = email.locator(".email-body img[alt=screenshot]");
        assertThat(picture).isVisible();
        assertThat((Boolean) picture.evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
        assertThat(email.locator("img[data-remote-src]")).hasCount(1);
        assertThat(email.locator("details.email-quote")).not().hasAttribute("open", "");
        assertThat(page.locator("#ticket-text")).containsText("The description is the first email below.");
        screenshot("email-ticket");

        email.locator(".email-show-images").click();
        assertThat(email.locator("img[data-remote-src]")).hasCount(0);

        page.locator("#composer-body").fill("Thank you, Joana: the layout is fixed in tomorrow's release.");
        page.locator("form.composer button[type=submit]").click();
        assertThat(page.locator("#conversation .message").last()).containsText("fixed in tomorrow's release");

        MimeMessage reply = await().atMost(Duration.ofSeconds(30)).until(() -> Received.of(customersMail, customer)
                .stream().filter(m -> Received.text(m).contains("fixed in tomorrow")).findFirst().orElse(null),
                java.util.Objects::nonNull);
        assertThat(Received.header(reply, "In-Reply-To")).isEqualTo("<" + first.messageId() + ">");
        assertThat(Received.header(reply, "References")).contains("<" + first.messageId() + ">");
        assertThat(Received.header(reply, "Thread-Topic")).isEqualTo("Invoice layout " + word);
        assertThat(reply.getSubject()).contains("[#" + number + "]");

        String ours = Received.header(reply, "Message-ID").replaceAll("[<>]", "");
        SmtpClient.send(receiver.port(), Mails.from("Joana Lima <" + customer + ">").to(help)
                .subject("Re: " + reply.getSubject()).inReplyTo(ours)
                .references("<" + first.messageId() + "> <" + ours + ">")
                .text("Great, thanks!\n\nOn Tuesday, Support wrote:\n> Thank you, Joana: the layout is fixed.")
                .bytes(), help);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json().size() == 3);
        open("/tickets/" + number);
        var answer = page.locator("#conversation article.message").last();
        assertThat(answer).containsText("Great, thanks!");
        assertThat(answer.locator(".email-threading")).hasText("reply to our email");
        assertThat(answer.locator("details.email-quote")).containsText("Thank you, Joana");
        screenshot("email-thread");
    }

    private java.util.List<Long> tickets(String word) {
        return TicketLists.idsIn(people.admin().get("/api/v1/tickets?q=" + word));
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2f6fdf));
        g.fillRect(0, 0, 60, 30);
        g.setColor(Color.WHITE);
        g.drawString("1.200", 10, 20);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
