package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.automation.internal.Deliveries;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Comparison;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Recipient;
import org.tessera.automation.rule.RoutingStrategy;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.Trigger;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserManagement;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import org.tessera.ticket.StatusCategory;
import tools.jackson.databind.JsonNode;

/**
 * Rules acting in the running helpdesk: each rule here only looks at tickets with this test's own tag, and is
 * deleted afterwards, so other tests' tickets never meet it.
 */
class RuleActionsTests extends IntegrationTest {

    @Autowired
    Rules rules;
    @Autowired
    Deliveries deliveries;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    Directory directory;
    @Autowired
    UserManagement users;

    private final List<Long> created = new ArrayList<>();
    private final String tag = "t" + TicketMother.uniqueWord();
    private People people;
    private Person agent;
    private Actor admin;
    private HttpServer server;

    @BeforeEach
    void setUp() {
        people = new People(api);
        agent = people.agent();
        admin = directory.actor(directory.userByEmail(org.tessera.support.Api.ADMIN_EMAIL).orElseThrow().id());
    }

    @AfterEach
    void removeRulesAndServer() {
        created.forEach(id -> rules.delete(id, admin));
        if (server != null) {
            server.stop(0);
        }
    }

    private Rule rule(Trigger trigger, List<Condition> conditions, Action... actions) {
        return rule(trigger, false, conditions, actions);
    }

    private Rule rule(Trigger trigger, boolean stops, List<Condition> conditions, Action... actions) {
        var all = new ArrayList<Condition>(conditions);
        all.add(0, new Condition.HasTag(tag, false));
        Rule saved = rules.create(new Rule(0, 0, "Test " + tag + " " + created.size(), "", trigger, null, null,
                Match.ALL, all, List.of(actions), stops, true), admin);
        created.add(saved.id());
        return saved;
    }

    private long ticket(String... extraTags) {
        var tags = new ArrayList<>(List.of(tag));
        tags.addAll(List.of(extraTags));
        var response = agent.api().post("/api/v1/tickets", Map.of("subject", "Printer " + tag,
                "requesterEmail", "maria-" + tag + "@acme.example", "tags", tags));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private JsonNode get(long ticketId) {
        return agent.api().get("/api/v1/tickets/" + ticketId).json();
    }

    private JsonNode history(long ticketId) {
        return agent.api().get("/api/v1/tickets/" + ticketId + "/history").json();
    }

    private List<String> historyLines(long ticketId, String field) {
        var lines = new ArrayList<String>();
        history(ticketId).forEach(h -> {
            if (h.get("field").asString().equals(field)) {
                lines.add(h.get("newValue").asString());
            }
        });
        return lines;
    }

    @Test
    void fieldActionsChangeTheTicketAndTheHistoryNamesTheRule() {
        Person follower = people.agent();
        long team = team(agent);
        Rule r = rule(Trigger.TICKET_CREATED, List.of(), new Action.SetPriority(1), new Action.SetTeam(team),
                new Action.SetAssignee(agent.id()), new Action.AddTags(List.of("vip")),
                new Action.AddFollower(follower.id()), new Action.SetType("incident"),
                new Action.SetStatus(StatusCategory.OPEN));

        long id = ticket("obsolete");

        JsonNode t = Eventually.until(() -> get(id), x -> x.get("priority").asInt() == 1, "the rule to act");
        assertThat(t.get("team").get("id").asLong()).isEqualTo(team);
        assertThat(t.get("assignee").get("id").asLong()).isEqualTo(agent.id());
        assertThat(t.get("tags").toString()).contains("vip");
        assertThat(t.get("followers").toString()).contains(follower.email());
        assertThat(t.get("type").asString()).isEqualTo("incident");
        assertThat(t.get("status").asString()).isEqualTo("investigating");
        history(id).forEach(h -> {
            if (!h.get("field").asString().equals("ticket")) {
                assertThat(h.get("via").asString()).isEqualTo("Rule: " + r.name());
            }
        });
    }

    @Test
    void removeTagsAndSetAFieldThroughAnUpdateRule() {
        rule(Trigger.TICKET_UPDATED, List.of(new Condition.FieldChanged("priority")),
                new Action.RemoveTags(List.of("obsolete")));
        long id = ticket("obsolete");

        TicketMother.changed(agent, id, Map.of("priority", 2));

        Eventually.until(() -> get(id), x -> !x.get("tags").toString().contains("obsolete"), "the tag to go");
    }

    @Test
    void repliesAndNotesAreWrittenByTessera() {
        rule(Trigger.TICKET_CREATED, List.of(), new Action.PostReply("Hello {{requester.first_name}}, we got #{{ticket.number}}."),
                new Action.AddNote("Routed by rule for {{requester.email}}"));
        long id = ticket();

        JsonNode messages = Eventually.until(() -> agent.api().get("/api/v1/tickets/" + id + "/messages").json(),
                m -> m.size() == 2, "the reply and the note");

        long number = get(id).get("number").asLong();
        assertThat(messages.get(0).get("body").asString()).startsWith("Hello ").endsWith("we got #" + number + ".");
        assertThat(messages.get(0).get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(messages.get(0).get("author").get("name").asString()).isEqualTo("Tessera");
        assertThat(messages.get(1).get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(historyLines(id, "automation")).containsExactly("Posted a public reply", "Added an internal note");
        // The rule's own reply is not an agent's reply: the ticket does not go pending.
        Eventually.sleep(800);
        assertThat(get(id).get("statusCategory").asString()).isEqualTo("NEW");
    }

    @Test
    void webhooksReceiveTheTicketSignedWithTheSecret() throws IOException {
        var received = new CopyOnWriteArrayList<String[]>();
        start(exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Tessera-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Tessera-Signature"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        rule(Trigger.TICKET_CREATED, List.of(), new Action.CallWebhook(url(), "shared-secret-0123"));
        long id = ticket();

        Eventually.until(() -> deliveries.ofTicket(id), d -> !d.isEmpty(), "the call to be queued");
        deliveries.deliverDueAt(Instant.now().plusSeconds(1));

        assertThat(received).hasSize(1);
        String[] call = received.get(0);
        assertThat(call[1]).isEqualTo("sha256=" + WebhookSignatureTests.hmac("shared-secret-0123", call[0] + "." + call[2]));
        assertThat(call[2]).contains("\"event\":\"ticket.created\"").contains("\"number\":" + get(id).get("number").asLong());
        assertThat(deliveries.ofTicket(id).get(0).status()).isEqualTo("DELIVERED");
    }

    @Test
    void aWebhookThatIsDownIsRetriedAndTheFailureIsOnTheTicket() throws IOException {
        var answer = new AtomicInteger(503);
        start(exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        rule(Trigger.TICKET_CREATED, List.of(), new Action.CallWebhook(url(), "shared-secret-0123"),
                new Action.AddTags(List.of("hooked")));
        long id = ticket();
        Eventually.until(() -> deliveries.ofTicket(id), d -> !d.isEmpty(), "the call to be queued");

        deliveries.deliverDueAt(Instant.now().plusSeconds(1));

        assertThat(get(id).get("tags").toString()).contains("hooked");
        assertThat(deliveries.ofTicket(id).get(0).status()).isEqualTo("PENDING");
        assertThat(historyLines(id, "automation.failed")).singleElement().asString()
                .contains("HTTP 503").contains("retrying");

        answer.set(200);
        deliveries.deliverDueAt(Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(deliveries.ofTicket(id).get(0).status()).isEqualTo("DELIVERED");
        assertThat(historyLines(id, "automation")).anySatisfy(line -> assertThat(line)
                .isEqualTo("Webhook " + url() + " delivered on attempt 2"));
    }

    @Test
    void anEmailGoesThroughTheOutboxThreadedOnTheTicket() {
        rule(Trigger.TICKET_CREATED, List.of(), new Action.SendEmail(Recipient.REQUESTER, null,
                "We received {{ticket.subject}}", "Hello {{requester.name}}"));
        long id = ticket();

        var queued = Eventually.until(() -> jdbc.queryForList("select recipient, subject, body_text from email_outbox"
                + " where ticket_id = ? and event_key like 'rule:%'", id), rows -> !rows.isEmpty(), "the email to be queued");

        assertThat(queued).singleElement().satisfies(row -> {
            assertThat(row.get("recipient")).isEqualTo("maria-" + tag + "@acme.example");
            assertThat((String) row.get("subject")).startsWith("We received Printer " + tag).contains("[#");
            assertThat((String) row.get("body_text")).startsWith("Hello ");
        });
        assertThat(historyLines(id, "automation")).anySatisfy(line -> assertThat(line).contains("Sent an email"));
    }

    @Test
    void anImpossibleActionIsLoggedAndTheOthersStillAct() {
        rule(Trigger.TICKET_UPDATED, List.of(new Condition.FieldChanged("status")),
                new Action.SetStatus(StatusCategory.PENDING), new Action.AddTags(List.of("seen")));
        long id = ticket();

        TicketMother.changed(agent, id, Map.of("status", "resolved"));

        Eventually.until(() -> get(id), t -> t.get("tags").toString().contains("seen"), "the tag");
        assertThat(get(id).get("statusCategory").asString()).isEqualTo("RESOLVED");
        assertThat(historyLines(id, "automation.failed")).singleElement().asString()
                .contains("Action 1").contains("does not allow");
    }

    @Test
    void rulesUndoingEachOtherActOnceEachAndStop() {
        rule(Trigger.TICKET_UPDATED, List.of(new Condition.PriorityIs(Comparison.IS, 2)), new Action.SetPriority(1));
        rule(Trigger.TICKET_UPDATED, List.of(new Condition.PriorityIs(Comparison.IS, 1)), new Action.SetPriority(2));
        long id = ticket();

        TicketMother.changed(agent, id, Map.of("priority", 2));

        Eventually.until(() -> historyLines(id, "priority"), p -> p.size() >= 3, "both rules");
        Eventually.sleep(1500);
        assertThat(historyLines(id, "priority")).containsExactly("2", "1", "2");
    }

    @Test
    void aRuleThatStopsKeepsLaterRulesFromActing() {
        rule(Trigger.TICKET_CREATED, true, List.of(), new Action.AddTags(List.of("first")));
        rule(Trigger.TICKET_CREATED, List.of(), new Action.AddTags(List.of("second")));
        long id = ticket();

        Eventually.until(() -> get(id), t -> t.get("tags").toString().contains("first"), "the first rule");
        Eventually.sleep(800);
        assertThat(get(id).get("tags").toString()).doesNotContain("second");
    }

    @Test
    void roundRobinSharesNewTicketsFairlyWithinTheTeam() {
        List<Person> agents = List.of(people.agent(), people.agent(), people.agent());
        long team = team(agents.toArray(Person[]::new));
        rule(Trigger.TICKET_CREATED, List.of(), new Action.SetTeam(team), new Action.Route(RoutingStrategy.ROUND_ROBIN, null));
        var tickets = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            tickets.add(ticket());
        }

        var assignees = new ArrayList<Long>();
        for (long id : tickets) {
            assignees.add(Eventually.until(() -> get(id), t -> !t.get("assignee").isNull(), "an assignee")
                    .get("assignee").get("id").asLong());
        }

        for (Person a : agents) {
            assertThat(assignees.stream().filter(x -> x == a.id())).as(a.email()).hasSize(2);
        }
    }

    @Test
    void skillsBasedRoutingFindsTheAgentWithTheSkill() {
        Person generalist = people.agent();
        Person expert = people.agent();
        long team = team(generalist, expert);
        users.changeSkills(expert.id(), List.of(tag), admin);
        rule(Trigger.TICKET_CREATED, List.of(), new Action.SetTeam(team), new Action.Route(RoutingStrategy.SKILLS, null));

        long id = ticket();

        assertThat(Eventually.until(() -> get(id), t -> !t.get("assignee").isNull(), "an assignee")
                .get("assignee").get("id").asLong()).isEqualTo(expert.id());
    }

    @Test
    void leastOpenRoutingPicksTheLessBusyAgent() {
        Person busy = people.agent();
        Person free = people.agent();
        long team = team(busy, free);
        agent.api().post("/api/v1/tickets", Map.of("subject", "Busy " + tag, "assigneeId", busy.id()));
        rule(Trigger.TICKET_CREATED, List.of(), new Action.SetTeam(team), new Action.Route(RoutingStrategy.LEAST_OPEN, null));

        long id = ticket();

        assertThat(Eventually.until(() -> get(id), t -> !t.get("assignee").isNull(), "an assignee")
                .get("assignee").get("id").asLong()).isEqualTo(free.id());
    }

    @Test
    void customerAndCollaboratorMessagesHaveTheirOwnTriggers() {
        rule(Trigger.MESSAGE_BY_CUSTOMER, List.of(), new Action.AddTags(List.of("customer-wrote")));
        rule(Trigger.MESSAGE_BY_COLLABORATOR, List.of(), new Action.AddTags(List.of("collaborator-wrote")));
        Person collaborator = people.collaborator();
        long id = ticket();
        TicketMother.changed(agent, id, Map.of("followerIds", List.of(collaborator.id())));

        TicketMother.messagePosted(collaborator, id, "Legal looked at it", "INTERNAL");

        Eventually.until(() -> get(id), t -> t.get("tags").toString().contains("collaborator-wrote"), "the tag");
        assertThat(get(id).get("tags").toString()).doesNotContain("customer-wrote");
    }

    private long team(Person... members) {
        var response = people.admin().post("/api/v1/teams", Map.of("name", "Team " + People.unique(),
                "description", "", "memberIds", java.util.Arrays.stream(members).map(Person::id).toList()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private void start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", handler);
        server.start();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }
}
