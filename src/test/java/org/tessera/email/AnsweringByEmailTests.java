package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.conversation.MessageAppended;
import org.tessera.conversation.Visibility;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import tools.jackson.databind.JsonNode;

/**
 * A customer writes to a mailbox; the helpdesk acknowledges, answers, notes and assigns; every email goes out
 * through the outbox to a real SMTP server, with the headers that make mail clients thread it, and the customer's
 * answer finds its way back.
 */
class AnsweringByEmailTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    Outbox outbox;

    private GreenMail mail;
    private People people;
    private Person agent;
    private String help;
    private long mailboxId;

    @BeforeEach
    void aMailboxSendingThroughARealServer() {
        mail = MailServers.start();
        people = new People(api);
        agent = people.agent();
        help = "help-" + People.unique() + "@tessera.test";
        mailboxId = MailServers.sendingMailbox(people.admin(), mail, help);
    }

    @AfterEach
    void stopServer() {
        people.admin().delete("/api/v1/mail/mailboxes/" + mailboxId);
        mail.stop();
    }

    @Test
    void theCustomerGetsAnAcknowledgementThatThreadsWithTheirEmail() throws Exception {
        String customer = "ack-" + People.unique() + "@example.org";
        var first = Mails.from("Ana <" + customer + ">").to(help).subject("Printer on fire").text("Help!");

        long number = number(Inbox.deliver(agent.api(), first).json());

        MimeMessage ack = Received.inbox(mail, customer, 1).get(0);
        assertThat(ack.getSubject()).contains("Printer on fire").contains("[#" + number + "]");
        assertThat(Received.header(ack, "In-Reply-To")).isEqualTo("<" + first.messageId() + ">");
        assertThat(Received.header(ack, "References")).contains("<" + first.messageId() + ">");
        assertThat(Received.header(ack, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(Received.header(ack, "X-Auto-Response-Suppress")).isEqualTo("All");
        assertThat(Received.header(ack, "Message-ID")).startsWith("<tessera." + number + ".");
        assertThat(Received.header(ack, "From")).contains(help);
        assertThat(Received.text(ack)).contains("#" + number);
    }

    @Test
    void anAgentsReplyReachesTheCustomerThreadedAndTheirAnswerLandsOnTheTicket() throws Exception {
        String customer = "reply-" + People.unique() + "@example.org";
        var first = Mails.from(customer).to(help).subject("VPN drops").text("Every hour.");
        JsonNode opened = Inbox.deliver(agent.api(), first).json();
        long ticketId = opened.get("ticketId").asLong();
        long number = number(opened);

        agent.api().post("/api/v1/tickets/" + ticketId + "/messages",
                Map.of("body", "Could you send the VPN log?", "visibility", "PUBLIC"));

        MimeMessage reply = Received.inbox(mail, customer, 2).stream()
                .filter(m -> Received.text(m).contains("VPN log")).findFirst().orElseThrow();
        assertThat(Received.header(reply, "In-Reply-To")).isEqualTo("<" + first.messageId() + ">");
        assertThat(Received.header(reply, "References")).contains("<" + first.messageId() + ">");
        assertThat(Received.header(reply, "Thread-Topic")).isEqualTo("VPN drops");
        assertThat(Received.header(reply, "Thread-Index")).isNotBlank();
        assertThat(Received.header(reply, "Auto-Submitted")).isNull();
        assertThat(Received.header(reply, "Reply-To")).contains("+t" + number + "@tessera.test");
        assertThat(reply.getSubject()).contains("[#" + number + "]");

        String ours = Received.header(reply, "Message-ID").replaceAll("[<>]", "");
        var answer = Inbox.deliver(agent.api(), Mails.from(customer).to(help).subject("Re: " + reply.getSubject()
                .replaceAll("\\[#\\d+]", "")).inReplyTo(ours).references("<" + first.messageId() + "> <" + ours + ">")
                .text("Here is the log.\n\nOn Monday, Support wrote:\n> Could you send the VPN log?"));

        assertThat(answer.json().get("ticketId").asLong()).isEqualTo(ticketId);
        assertThat(answer.json().get("threadedBy").asString()).isEqualTo("OUR_MESSAGE_ID");
    }

    @Test
    void anEmailWithoutMessageIdIsAnsweredWithoutReferenceToAnIdItsSenderNeverSaw() {
        String customer = "noid-" + People.unique() + "@example.org";

        Inbox.deliver(agent.api(), Mails.from(customer).to(help).subject("From a script").messageId(null)
                .text("Disk full"));

        MimeMessage ack = Received.inbox(mail, customer, 1).get(0);
        assertThat(Received.header(ack, "In-Reply-To")).isNull();
        assertThat(Received.header(ack, "References")).isNull();
        assertThat(Received.header(ack, "Thread-Index")).isNotBlank();
    }

    @Test
    void anInternalNoteReachesTheAgentsWhoFollowButNeverTheCustomer() {
        String customer = "note-" + People.unique() + "@example.org";
        long ticketId = Inbox.deliver(agent.api(), Mails.from(customer).to(help).subject("Laptop").text("Slow."))
                .json().get("ticketId").asLong();
        var colleague = people.agent();
        assertThat(agent.api().patch("/api/v1/tickets/" + ticketId,
                Map.of("followerIds", java.util.List.of(colleague.id()))).status()).isEqualTo(200);

        agent.api().post("/api/v1/tickets/" + ticketId + "/messages",
                Map.of("body", "Probably the disk; check SMART.", "visibility", "INTERNAL"));

        MimeMessage note = Received.inbox(mail, colleague.email(), 1).get(0);
        assertThat(Received.text(note)).contains("Probably the disk");
        assertThat(Received.header(note, "Auto-Submitted")).isEqualTo("auto-generated");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                Received.of(mail, customer).stream().noneMatch(m -> Received.text(m).contains("SMART")));
    }

    @Test
    void theAgentATicketIsAssignedToHearsOfIt() throws Exception {
        long ticketId = Inbox.deliver(agent.api(), Mails.from("assign-" + People.unique() + "@example.org").to(help)
                .subject("Broken screen").text("Cracked.")).json().get("ticketId").asLong();
        var assignee = people.agent();

        agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("assigneeId", assignee.id()));

        MimeMessage assigned = Received.inbox(mail, assignee.email(), 1).get(0);
        assertThat(assigned.getSubject()).contains("Broken screen");
        assertThat(Received.text(assigned)).contains("/tickets/");
    }

    @Test
    void anAgentHearsOfEveryTicketAssignedToThemHoweverManyComeInAnHour() {
        var assignee = people.agent();
        var customer = "busy-" + People.unique() + "@example.org";
        int assignments = 7;

        for (int i = 0; i < assignments; i++) {
            long ticketId = Inbox.deliver(agent.api(), Mails.from(customer).to(help).subject("Request " + i)
                    .text("Number " + i)).json().get("ticketId").asLong();
            agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("assigneeId", assignee.id()));
        }

        assertThat(Received.inbox(mail, assignee.email(), assignments)).hasSize(assignments);
    }

    @Test
    void anAgentAssignedBeforeTheOpeningEmailIsHandledHearsOfTheAssignmentOnly() {
        var assignee = people.agent();
        JsonNode delivered = Inbox.deliver(agent.api(), Mails.from("late-" + People.unique() + "@example.org").to(help)
                .subject("Scanner offline").text("Since this morning")).json();
        long ticketId = delivered.get("ticketId").asLong();
        agent.api().patch("/api/v1/tickets/" + ticketId, Map.of("assigneeId", assignee.id()));
        assertThat(Received.inbox(mail, assignee.email(), 1)).hasSize(1);

        // The opening email's event handled after the assignment, as a slow listener or a redelivery would.
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new MessageAppended(
                delivered.get("messageId").asLong(), ticketId, null, Visibility.PUBLIC, "email", Instant.now())));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                Received.of(mail, assignee.email()).size() == 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ApplicationEventPublisher events;
    @org.springframework.beans.factory.annotation.Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAutoReplyOpensATicketButIsNeverAnsweredAutomatically() {
        String robot = "robot-" + People.unique() + "@example.org";

        long ticketId = Inbox.deliver(agent.api(), Mails.from(robot).to(help).subject("Out of office")
                .header("Auto-Submitted: auto-replied").text("I am away.")).json().get("ticketId").asLong();

        assertThat(ticketId).isPositive();
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() ->
                Received.of(mail, robot).isEmpty());
    }

    @Test
    void automaticMailToOneSenderStopsAtTheRateLimit() {
        String chatty = "chatty-" + People.unique() + "@example.org";

        for (int i = 0; i < 7; i++) {
            Inbox.deliver(agent.api(), Mails.from(chatty).to(help).subject("Request " + i).text("Number " + i));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> people.admin().get("/api/v1/mail/outbox?status=SUPPRESSED")
                .text().contains(chatty));
        assertThat(Received.inbox(mail, chatty, 5)).hasSize(5);
    }

    @Test
    void mailFromTesserasOwnAddressIsHeldAsALoop() {
        var looped = Inbox.deliver(agent.api(), Mails.from(help).to(help).subject("Loop?").text("Echo"));

        assertThat(looped.status()).isEqualTo(202);
        assertThat(looped.json().get("reason").asString()).contains("Tessera's own addresses");
    }

    @Test
    void anEmailWaitsInTheOutboxWhileTheServerIsDownAndGoesOnceItIsBack() throws Exception {
        var admin = people.admin();
        var settings = new java.util.LinkedHashMap<String, Object>();
        settings.put("name", "Help");
        settings.put("address", help);
        settings.put("protocol", "NONE");
        settings.put("smtpHost", "127.0.0.1");
        settings.put("smtpPort", freePort());
        settings.put("smtpSecurity", "NONE");
        assertThat(put(admin, "/api/v1/mail/mailboxes/" + mailboxId, settings).status()).isEqualTo(200);
        String customer = "down-" + People.unique() + "@example.org";
        long ticketId = Inbox.deliver(agent.api(), Mails.from(customer).to(help).subject("Server down?")
                .text("Hello")).json().get("ticketId").asLong();

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode entry = admin.get("/api/v1/mail/outbox?ticketId=" + ticketId).json().get(0);
            return entry != null && entry.get("attempts").asInt() == 1 && entry.get("status").asString().equals("QUEUED");
        });
        JsonNode waiting = admin.get("/api/v1/mail/outbox?ticketId=" + ticketId).json().get(0);
        assertThat(waiting.get("lastError").asString()).isNotBlank();
        assertThat(java.time.Instant.parse(waiting.get("nextAttemptAt").asString()))
                .isAfter(java.time.Instant.now().plusSeconds(10));

        settings.put("smtpPort", mail.getSmtp().getPort());
        put(admin, "/api/v1/mail/mailboxes/" + mailboxId, settings);
        admin.post("/api/v1/mail/outbox/" + waiting.get("id").asLong() + "/retry", Map.of());

        assertThat(Received.inbox(mail, customer, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/v1/mail/outbox?ticketId=" + ticketId)
                .json().get(0).get("status").asString().equals("SENT"));
    }

    @Test
    void oneEventReachesOneRecipientOnce() {
        long ticketId = Inbox.deliver(agent.api(), Mails.from("once-" + People.unique() + "@example.org").to(help)
                .subject("Once").text("x")).json().get("ticketId").asLong();
        var mailOut = new OutgoingMail("test-event:" + ticketId, ticketId, "someone@example.org", "Someone", "Hi",
                "Hello", null, java.util.List.of(), true, false, null);

        assertThat(outbox.queue(mailOut)).isPresent();
        assertThat(outbox.queue(mailOut)).isEmpty();
    }

    private static org.tessera.support.Api.Response put(org.tessera.support.Api api, String path, Object body) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(org.tessera.support.Api.json(body))));
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private long number(JsonNode intake) {
        return agent.api().get("/api/v1/tickets/" + intake.get("ticketId").asLong()).json().get("number").asLong();
    }
}
