package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.TextScope;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import org.tessera.ticket.StatusCategory;
import tools.jackson.databind.JsonNode;

/** Agents apply macros in one click; administrators dry-run rules before saving them. */
class MacrosAndDryRunTests extends IntegrationTest {

    @Autowired
    Macros macros;
    @Autowired
    Rules rules;
    @Autowired
    Directory directory;

    private Person agent;
    private Person customer;
    private Actor agentActor;
    private Actor admin;

    @BeforeEach
    void setUp() {
        var people = new People(api);
        agent = people.agent();
        customer = people.customer();
        agentActor = directory.actor(agent.id());
        admin = directory.actor(directory.userByEmail(Api.ADMIN_EMAIL).orElseThrow().id());
    }

    @Test
    void aMacroRepliesAndChangesFieldsInOneGo() {
        MacroView macro = macros.save(null, new MacroView(0, "Ask for logs", agent.id(),
                "Hello {{requester.first_name}}, please send the logs. {{agent.name}}", Visibility.PUBLIC,
                List.of(new Action.SetStatus(StatusCategory.PENDING), new Action.AddTags(List.of("logs-asked")),
                        new Action.SetPriority(2))), agentActor);
        long ticketId = TicketMother.openedBy(customer, "Crash " + People.unique()).get("id").asLong();

        macros.apply(macro.id(), ticketId, null, agentActor);

        JsonNode ticket = agent.api().get("/api/v1/tickets/" + ticketId).json();
        assertThat(ticket.get("statusCategory").asString()).isEqualTo("PENDING");
        assertThat(ticket.get("priority").asInt()).isEqualTo(2);
        assertThat(ticket.get("tags").toString()).contains("logs-asked");
        JsonNode reply = agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json().get(0);
        assertThat(reply.get("body").asString()).startsWith("Hello Customer").endsWith("please send the logs. "
                + agent.api().get("/api/v1/users/me").json().get("name").asString());
        assertThat(reply.get("author").get("id").asLong()).isEqualTo(agent.id());
        JsonNode history = agent.api().get("/api/v1/tickets/" + ticketId + "/history").json();
        assertThat(history.get(history.size() - 1).get("via").asString()).isEqualTo("Macro: Ask for logs");
    }

    @Test
    void anImpossibleMacroChangesNothing() {
        MacroView macro = macros.save(null, new MacroView(0, "Back to waiting", agent.id(), "We wait for you",
                Visibility.PUBLIC, List.of(new Action.SetStatus(StatusCategory.PENDING))), agentActor);
        long ticketId = TicketMother.openedBy(customer, "Done " + People.unique()).get("id").asLong();
        TicketMother.changed(agent, ticketId, Map.of("status", "resolved"));

        assertThatThrownBy(() -> macros.apply(macro.id(), ticketId, null, agentActor)).isInstanceOf(Conflict.class)
                .hasMessageContaining("does not allow");

        assertThat(agent.api().get("/api/v1/tickets/" + ticketId + "/messages").json()).isEmpty();
    }

    @Test
    void personalMacrosAreTheirOwnersAndSharedOnesTheAdministrators() {
        MacroView mine = macros.save(null, new MacroView(0, "Mine " + People.unique(), agent.id(), "Hi",
                Visibility.PUBLIC, List.of()), agentActor);
        Person colleague = new People(api).agent();
        Actor colleagueActor = directory.actor(colleague.id());

        assertThat(macros.available(colleagueActor)).extracting(MacroView::id).doesNotContain(mine.id());
        assertThat(macros.available(agentActor)).extracting(MacroView::id).contains(mine.id());
        assertThatThrownBy(() -> macros.save(null, new MacroView(0, "Shared", null, "Hi", Visibility.PUBLIC,
                List.of()), agentActor)).isInstanceOf(Forbidden.class);
        MacroView shared = macros.save(null, new MacroView(0, "Shared " + People.unique(), null, "Hi",
                Visibility.PUBLIC, List.of()), admin);
        assertThat(macros.available(colleagueActor)).extracting(MacroView::id).contains(shared.id());
        macros.delete(shared.id(), admin);
    }

    @Test
    void theDryRunShowsWhichTicketsWouldChangeAndHowWithoutChangingThem() {
        String word = TicketMother.uniqueWord();
        long replied = TicketMother.openedBy(customer, "Refund " + word).get("id").asLong();
        long silent = TicketMother.openedBy(customer, "Refund too " + word).get("id").asLong();
        TicketMother.messagePosted(customer, replied, "I want my money back, " + word, "PUBLIC");
        var draft = new Rule(0, 0, "Refunds are urgent", "", Trigger.MESSAGE_BY_CUSTOMER, null, null, Match.ALL,
                List.of(new Condition.TextContains(TextScope.BODY, word, false)),
                List.of(new Action.SetPriority(1), new Action.PostReply("We are on it, {{requester.first_name}}.")),
                false, true);

        DryRunReport report = rules.dryRun(draft, 25, admin);

        DryRunReport.Row row = report.rows().stream().filter(r -> r.ticketId() == replied).findFirst().orElseThrow();
        assertThat(row.matched()).isTrue();
        assertThat(row.changes()).containsExactly(new DryRunReport.Change("priority", "P3", "P1"));
        assertThat(row.sends()).singleElement().asString().startsWith("reply:We are on it");
        DryRunReport.Row other = report.rows().stream().filter(r -> r.ticketId() == silent).findFirst().orElseThrow();
        assertThat(other.matched()).isFalse();
        assertThat(other.skipped()).isEqualTo("no-message");
        assertThat(agent.api().get("/api/v1/tickets/" + replied).json().get("priority").asInt()).isEqualTo(3);
    }

    @Test
    void theDryRunExplainsWhichConditionFails() {
        String word = TicketMother.uniqueWord();
        long ticketId = TicketMother.openedBy(customer, "Slow " + word).get("id").asLong();
        var draft = new Rule(0, 0, "Urgent slow ones", "", Trigger.TICKET_CREATED, null, null, Match.ALL,
                List.of(new Condition.TextContains(TextScope.SUBJECT, word, false),
                        new Condition.TypeIs(Set.of("incident"), false)),
                List.of(new Action.SetPriority(1)), false, true);

        DryRunReport report = rules.dryRun(draft, 25, admin);

        assertThat(report.rows().stream().filter(r -> r.ticketId() == ticketId).findFirst().orElseThrow()
                .failingConditions()).containsExactly(1);
    }

    @Test
    void anIncompleteRuleIsRefusedNamingTheRow() {
        var draft = new Rule(0, 0, "", "", Trigger.TICKET_CREATED, null, null, Match.ALL, List.of(),
                List.of(new Action.CallWebhook("ftp://nope", "short")), false, true);

        assertThatThrownBy(() -> rules.create(draft, admin))
                .isInstanceOfSatisfying(org.tessera.shared.InvalidInput.class, invalid ->
                        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("name", "actions[0]"));
    }
}
