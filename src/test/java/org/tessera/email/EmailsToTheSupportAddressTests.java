package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import tools.jackson.databind.JsonNode;

/** Emails posted to the inbound API become tickets and replies, once each, on the ticket they belong to. */
class EmailsToTheSupportAddressTests extends IntegrationTest {

    private People people;
    private Person agent;
    private Api intake;

    @BeforeEach
    void anAgentImportsMail() {
        people = new People(api);
        agent = people.agent();
        intake = agent.api();
    }

    @Test
    void anEmailFromSomeoneNewOpensATicketWithTheEmailAsItsFirstPublicMessage() {
        String customer = "maria-" + People.unique() + "@example.org";
        var mail = Mails.from("Maria Souza <" + customer + ">").to("support@localhost")
                .subject("Printer on fire").text("Smoke is coming out of the printer.\nPlease help.");

        var answer = Inbox.deliver(intake, mail);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode result = answer.json();
        assertThat(result.get("created").asBoolean()).isTrue();
        JsonNode ticket = intake.get("/api/v1/tickets/" + result.get("ticketId").asLong()).json();
        assertThat(ticket.get("subject").asString()).isEqualTo("Printer on fire");
        assertThat(ticket.get("description").asString()).isEqualTo("Smoke is coming out of the printer.\nPlease help.");
        assertThat(ticket.get("channel").asString()).isEqualTo("email");
        assertThat(ticket.toString()).contains(customer).contains("Maria Souza");
        JsonNode messages = intake.get("/api/v1/tickets/" + result.get("ticketId").asLong() + "/messages").json();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(messages.get(0).get("author").get("email").asString()).isEqualTo(customer);
        assertThat(messages.get(0).get("id").asLong()).isEqualTo(result.get("messageId").asLong());
    }

    @Test
    void theSameMessageDeliveredTwiceIsOneTicketAndOneMessage() {
        var mail = Mails.from("twice-" + People.unique() + "@example.org").to("support@localhost")
                .subject("Delivered twice").text("Once is enough.");

        var first = Inbox.deliver(intake, mail).json();
        var second = Inbox.deliver(intake, mail);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("created").asBoolean()).isFalse();
        assertThat(second.json().get("duplicate").asBoolean()).isTrue();
        assertThat(second.json().get("ticketId").asLong()).isEqualTo(first.get("ticketId").asLong());
        assertThat(second.json().get("messageId").asLong()).isEqualTo(first.get("messageId").asLong());
        assertThat(second.json().get("ticketNumber").asLong()).isEqualTo(first.get("ticketNumber").asLong());
        assertThat(intake.get("/api/v1/tickets/" + first.get("ticketId").asLong() + "/messages").json()).hasSize(1);
    }

    @Test
    void theRequesterAnsweringWithTheTicketTokenInTheSubjectAddsToTheTicket() {
        String customer = "token-" + People.unique() + "@example.org";
        var opened = Inbox.deliver(intake, Mails.from(customer).to("support@localhost").subject("VPN down")
                .text("It drops.")).json();
        long number = intake.get("/api/v1/tickets/" + opened.get("ticketId").asLong()).json().get("number").asLong();

        var reply = Inbox.deliver(intake, Mails.from(customer).to("support@localhost")
                .subject("Re: VPN down [#" + number + "]").text("Still down."));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("ticketId").asLong()).isEqualTo(opened.get("ticketId").asLong());
        assertThat(reply.json().get("threadedBy").asString()).isEqualTo("SUBJECT_TOKEN");
    }

    @Test
    void someoneFromCcAnsweringTheFirstEmailAddsToTheTicketAndFollowsIt() {
        String requester = "req-" + People.unique() + "@example.org";
        String colleague = "cc-" + People.unique() + "@example.org";
        var first = Mails.from(requester).to("support@localhost").cc(colleague).subject("Office keys")
                .text("We lost the keys.");
        long ticketId = Inbox.deliver(intake, first).json().get("ticketId").asLong();

        var answer = Inbox.deliver(intake, Mails.from(colleague).to("support@localhost", requester)
                .subject("Re: Office keys").inReplyTo(first.messageId()).text("They were in my drawer."));

        assertThat(answer.json().get("ticketId").asLong()).isEqualTo(ticketId);
        assertThat(answer.json().get("threadedBy").asString()).isEqualTo("KNOWN_MESSAGE_ID");
        JsonNode ticket = intake.get("/api/v1/tickets/" + ticketId).json();
        assertThat(ticket.get("followers").toString()).contains(colleague);
    }

    @Test
    void aTicketTokenFromSomeoneWhoIsNotPartOfTheTicketOpensANewOne() {
        var opened = Inbox.deliver(intake, Mails.from("owner-" + People.unique() + "@example.org")
                .to("support@localhost").subject("Payroll question").text("Private.")).json();
        long number = intake.get("/api/v1/tickets/" + opened.get("ticketId").asLong()).json().get("number").asLong();

        var stranger = Inbox.deliver(intake, Mails.from("stranger-" + People.unique() + "@example.org")
                .to("support@localhost").subject("Re: [#" + number + "] let me in").text("Hello"));

        assertThat(stranger.status()).isEqualTo(201);
        assertThat(stranger.json().get("ticketId").asLong()).isNotEqualTo(opened.get("ticketId").asLong());
        assertThat(stranger.json().get("threadedBy").asString()).isEqualTo("NOT_A_PARTICIPANT");
    }

    @Test
    void theStrangersAnswerToTheirOwnTicketLandsThereThoughItsSubjectNamesTheOtherTicketFirst() {
        var opened = Inbox.deliver(intake, Mails.from("owner-" + People.unique() + "@example.org")
                .to("support@localhost").subject("Payroll question").text("Private.")).json();
        String stranger = "stranger-" + People.unique() + "@example.org";
        var theirs = Inbox.deliver(intake, Mails.from(stranger).to("support@localhost")
                .subject("Re: [#" + opened.get("ticketNumber").asLong() + "] me too").text("Hello")).json();
        String ourSubject = "Re: [#" + opened.get("ticketNumber").asLong() + "] me too [#"
                + theirs.get("ticketNumber").asLong() + "]";

        var answer = Inbox.deliver(intake, Mails.from(stranger).to("support@localhost").subject("Re: " + ourSubject)
                .text("Any news?"));

        assertThat(answer.json().get("ticketId").asLong()).isEqualTo(theirs.get("ticketId").asLong());
        assertThat(answer.json().get("threadedBy").asString()).isEqualTo("SUBJECT_TOKEN");
    }

    @Test
    void anEmailPostedWithoutItsContentTypeIsRefusedNamingTheTypesToSend() {
        byte[] raw = Mails.from("form-" + People.unique() + "@example.org").to("support@localhost").subject("x")
                .text("y").bytes();

        var refused = intake.send(intake.request("/api/v1/mail/inbound")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(raw)));

        assertThatProblem(refused).hasStatus(415).namesField("Content-Type");
        assertThat(refused.json().get("detail").asString()).contains("message/rfc822");
    }

    @Test
    void bytesThatAreNoEmailAreHeldWithTheReasonAndAnEmptyBodyIsRefused() {
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);

        var held = Inbox.deliver(intake, noise);
        var empty = Inbox.deliver(intake, new byte[0]);

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().get("reason").asString()).isEqualTo("no sender address could be read");
        assertThatProblem(empty).hasStatus(400).namesField("body");
    }

    @Test
    void answersToANewsletterFromDifferentCustomersStaySeparateRequests() {
        var newsletter = Mails.from("news-" + People.unique() + "@shop.example").to("support@localhost")
                .subject("November deals").text("Deals!").header("List-Id: <deals.shop.example>")
                .header("Precedence: bulk");
        long newsletterTicket = Inbox.deliver(intake, newsletter).json().get("ticketId").asLong();

        var ana = Inbox.deliver(intake, Mails.from("ana-" + People.unique() + "@example.org").to("support@localhost")
                .subject("Re: November deals").inReplyTo(newsletter.messageId()).text("Is the TV in stock?")).json();
        var rui = Inbox.deliver(intake, Mails.from("rui-" + People.unique() + "@example.org").to("support@localhost")
                .subject("Re: November deals").inReplyTo(newsletter.messageId()).text("Unsubscribe me")).json();

        assertThat(ana.get("created").asBoolean()).isTrue();
        assertThat(rui.get("created").asBoolean()).isTrue();
        assertThat(java.util.Set.of(newsletterTicket, ana.get("ticketId").asLong(), rui.get("ticketId").asLong()))
                .hasSize(3);
    }

    @Test
    void anAgentsEmailOnATicketIsRecordedAsFromThatAgent() {
        var opened = Inbox.deliver(intake, Mails.from("c-" + People.unique() + "@example.org").to("support@localhost")
                .subject("Broken chair").text("It wobbles.")).json();
        long ticketId = opened.get("ticketId").asLong();
        long number = intake.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

        var reply = Inbox.deliver(intake, Mails.from(agent.email()).to("support@localhost")
                .subject("Re: Broken chair [#" + number + "]").text("A new chair is on its way."));

        JsonNode messages = intake.get("/api/v1/tickets/" + ticketId + "/messages").json();
        assertThat(reply.json().get("ticketId").asLong()).isEqualTo(ticketId);
        assertThat(messages.get(1).get("author").get("email").asString()).isEqualTo(agent.email());
        assertThat(messages.get(1).get("body").asString()).isEqualTo("A new chair is on its way.");
    }

    @Test
    void anEmailToAClosedTicketOpensANewOne() {
        String customer = "closed-" + People.unique() + "@example.org";
        long ticketId = Inbox.deliver(intake, Mails.from(customer).to("support@localhost").subject("Old issue")
                .text("Broken.")).json().get("ticketId").asLong();
        long number = intake.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();
        assertThat(intake.patch("/api/v1/tickets/" + ticketId, Map.of("status", "closed")).status()).isEqualTo(200);

        var again = Inbox.deliver(intake, Mails.from(customer).to("support@localhost")
                .subject("Re: Old issue [#" + number + "]").text("Broken again."));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("threadedBy").asString()).isEqualTo("CLOSED_TICKET");
    }

    @Test
    void anEmailWithoutAnySenderAddressIsHeldWithTheReason() {
        byte[] raw = "Subject: who am I\r\nTo: support@localhost\r\nMessage-ID: <nobody-%s@x>\r\n\r\nHello\r\n"
                .formatted(People.unique()).getBytes();

        var held = Inbox.deliver(intake, raw);

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().get("quarantined").asBoolean()).isTrue();
        assertThat(held.json().get("reason").asString()).contains("no sender address");
    }

    @Test
    void customersCannotImportEmail() {
        var customer = people.customer();

        var refused = Inbox.deliver(customer.api(), Mails.from(customer.email()).to("support@localhost").text("x"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theOriginalIsKeptByteForByteForAgents() {
        var mail = Mails.from("raw-" + People.unique() + "@example.org").to("support@localhost").subject("Raw")
                .text("Keep me as I am.");
        long emailId = Inbox.deliver(intake, mail).json().get("emailId").asLong();

        var original = intake.get("/api/v1/mail/messages/" + emailId + "/raw");

        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(mail.bytes());
        assertThat(original.header("Content-Type")).startsWith("message/rfc822");
    }
}
