package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import tools.jackson.databind.JsonNode;

/** An agent moves an email to the ticket it belongs to, splits one off, or has one read again. */
class CorrectingWhereAnEmailLandedTests extends IntegrationTest {

    @Autowired
    EmailThreads threads;
    @Autowired
    MailIntake intake;
    @Autowired
    Directory directory;

    private Person agent;
    private Actor actor;

    @BeforeEach
    void anAgent() {
        agent = new People(api).agent();
        actor = directory.actor(agent.id());
    }

    @Test
    void aMovedEmailIsOnItsNewTicketAndLaterRepliesToItFollowIt() {
        String customer = "move-" + People.unique() + "@example.org";
        JsonNode first = Inbox.deliver(agent.api(), Mails.from(customer).to("support@localhost").subject("Laptop")
                .text("Slow laptop.")).json();
        var stray = Mails.from(customer).to("support@localhost").subject("Also the phone").text("Phone is broken.");
        JsonNode second = Inbox.deliver(agent.api(), stray).json();
        long target = first.get("ticketId").asLong();
        long targetNumber = number(target);

        threads.move(second.get("emailId").asLong(), targetNumber, actor);

        assertThat(agent.api().get("/api/v1/tickets/" + target + "/messages").json()).hasSize(2);
        var reply = Inbox.deliver(agent.api(), Mails.from(customer).to("support@localhost").subject("Re: Also the phone")
                .inReplyTo(stray.messageId()).text("Any news?")).json();
        assertThat(reply.get("ticketId").asLong()).isEqualTo(target);
    }

    @Test
    void anEmailSplitOffBecomesATicketOfItsSender() {
        String customer = "split-" + People.unique() + "@example.org";
        long ticket = Inbox.deliver(agent.api(), Mails.from(customer).to("support@localhost").subject("Printer")
                .text("Jammed.")).json().get("ticketId").asLong();
        long number = number(ticket);
        long emailId = Inbox.deliver(agent.api(), Mails.from(customer).to("support@localhost")
                .subject("Re: Printer [#" + number + "]").text("And a new question: VPN access?")).json()
                .get("emailId").asLong();

        var created = threads.split(emailId, actor);

        assertThat(created.id()).isNotEqualTo(ticket);
        assertThat(created.requester().email()).isEqualTo(customer);
        assertThat(created.description()).isEqualTo("And a new question: VPN access?");
        assertThat(agent.api().get("/api/v1/tickets/" + ticket + "/messages").json()).hasSize(1);
        assertThat(agent.api().get("/api/v1/tickets/" + created.id() + "/messages").json()).hasSize(1);
    }

    @Test
    void anEmailReadAgainKeepsItsTicketTextAndFiles() {
        var mail = Mails.from("again-" + People.unique() + "@example.org").to("support@localhost").subject("Report")
                .text("See attached.").attachment("report.csv", "text/csv", "a,b\n1,2\n".getBytes());
        JsonNode taken = Inbox.deliver(agent.api(), mail).json();

        intake.reparse(taken.get("emailId").asLong(), actor);

        JsonNode messages = agent.api().get("/api/v1/tickets/" + taken.get("ticketId").asLong() + "/messages").json();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("body").asString()).isEqualTo("See attached.");
        assertThat(messages.get(0).get("attachments")).hasSize(1);
        assertThat(messages.get(0).get("attachments").get(0).get("filename").asString()).isEqualTo("report.csv");
    }

    @Test
    void aMailboxSendsItsNewTicketsToItsTeamAndType() {
        var admin = new People(api).admin();
        long team = admin.post("/api/v1/teams", java.util.Map.of("name", "Billing " + People.unique(),
                "memberIds", java.util.List.of(agent.id()))).json().get("id").asLong();
        String address = "billing-" + People.unique() + "@tessera.test";
        var settings = new java.util.LinkedHashMap<String, Object>();
        settings.put("name", "Billing");
        settings.put("address", address);
        settings.put("protocol", "NONE");
        settings.put("teamId", team);
        settings.put("typeKey", "incident");
        long mailbox = MailServers.created(admin.post("/api/v1/mail/mailboxes", settings));
        try {
            long ticket = Inbox.deliver(agent.api(), Mails.from("pay-" + People.unique() + "@example.org").to(address)
                    .subject("Invoice wrong").text("Twice charged.")).json().get("ticketId").asLong();

            JsonNode details = agent.api().get("/api/v1/tickets/" + ticket).json();
            assertThat(details.toString()).contains("\"incident\"");
            assertThat(details.get("team").get("id").asLong()).isEqualTo(team);
        } finally {
            admin.delete("/api/v1/mail/mailboxes/" + mailbox);
        }
    }

    private long number(long ticketId) {
        return agent.api().get("/api/v1/tickets/" + ticketId).json().get("number").asLong();
    }
}
