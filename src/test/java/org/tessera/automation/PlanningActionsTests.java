package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.automation.rule.Action;
import org.tessera.automation.rule.Edits;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Match;
import org.tessera.automation.rule.Outgoing;
import org.tessera.automation.rule.Planner;
import org.tessera.automation.rule.Recipient;
import org.tessera.automation.rule.RoutingStrategy;
import org.tessera.automation.rule.Rule;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Visibility;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketEdit;

/** What each action plans on Maria's new incident, and what it refuses with a reason instead of failing. */
class PlanningActionsTests {

    private final FakeHelpdesk helpdesk = new FakeHelpdesk();
    private final TicketState ticket = helpdesk.ticket();

    private Firing plan(TicketState on, Action... actions) {
        var rule = new Rule(1, 1, "Test rule", "", Trigger.TICKET_UPDATED, null, null, Match.ALL, List.of(),
                List.of(actions), false, true);
        return Planner.forRules(helpdesk).plan(rule, on);
    }

    private Firing plan(Action... actions) {
        return plan(ticket, actions);
    }

    @Test
    void setStatusTakesTheFirstStatusOfTheCategoryInTheTicketsOwnType() {
        Firing incident = plan(new Action.SetStatus(StatusCategory.OPEN));
        TicketState task = helpdesk.ticket().withType(helpdesk.catalog().type(2), helpdesk.catalog().type(2).initialStatus());

        assertThat(incident.after().statusKey()).isEqualTo("investigating");
        assertThat(plan(task, new Action.SetStatus(StatusCategory.OPEN)).after().statusKey()).isEqualTo("in_progress");
    }

    @Test
    void setStatusRespectsTheWorkflow() {
        TicketState resolved = helpdesk.inCategory(ticket, StatusCategory.RESOLVED);

        Firing firing = plan(resolved, new Action.SetStatus(StatusCategory.PENDING));

        assertThat(firing.after().category()).isEqualTo(StatusCategory.RESOLVED);
        assertThat(firing.problems()).singleElement().satisfies(p ->
                assertThat(p.reason()).contains("does not allow").contains("Resolved"));
    }

    @Test
    void setStatusToTheCategoryItIsInChangesNothing() {
        assertThat(plan(new Action.SetStatus(StatusCategory.NEW)).changesFields()).isFalse();
    }

    @Test
    void setPriorityTypeTeamAndAssignee() {
        Firing firing = plan(new Action.SetPriority(1), new Action.SetType("task"),
                new Action.SetTeam(FakeHelpdesk.BILLING), new Action.SetAssignee(FakeHelpdesk.BRUNO));

        assertThat(firing.after().priority()).isEqualTo(1);
        assertThat(firing.after().typeKey()).isEqualTo("task");
        assertThat(firing.after().statusKey()).isEqualTo("to_do");
        assertThat(firing.after().teamId()).isEqualTo(FakeHelpdesk.BILLING);
        assertThat(firing.after().assigneeId()).isEqualTo(FakeHelpdesk.BRUNO);
        assertThat(firing.problems()).isEmpty();
    }

    @Test
    void assigningSomeoneWhoIsNotAnAgentIsRefused() {
        Firing firing = plan(new Action.SetAssignee(FakeHelpdesk.MARIA), new Action.SetPriority(2));

        assertThat(firing.after().assigneeId()).isNull();
        assertThat(firing.after().priority()).isEqualTo(2);
        assertThat(firing.problems()).singleElement().satisfies(p -> assertThat(p.actionIndex()).isZero());
    }

    @Test
    void tagsAreAddedAndRemovedLowercase() {
        Firing firing = plan(ticket.withTags(List.of("printer")), new Action.AddTags(List.of("VIP", "printer")),
                new Action.RemoveTags(List.of("printer")));

        assertThat(firing.after().tags()).containsExactly("vip");
    }

    @Test
    void customFieldsTakeTheirKindsValueAndOptionsAreChecked() {
        Firing firing = plan(new Action.SetCustomField("region", "apac"), new Action.SetCustomField("seats", "12"));
        Firing wrong = plan(new Action.SetCustomField("region", "mars"));

        assertThat(firing.after().customFields()).containsEntry("region", "apac").containsEntry("seats", 12L);
        assertThat(wrong.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("mars"));
    }

    @Test
    void addFollower() {
        assertThat(plan(new Action.AddFollower(FakeHelpdesk.ANA)).after().followers()).containsExactly(FakeHelpdesk.ANA);
    }

    @Test
    void repliesAndNotesFillTheirPlaceholders() {
        Firing firing = plan(new Action.PostReply("Hello {{requester.first_name}}, about #{{ticket.number}}: {{ticket.subject}}"),
                new Action.AddNote("Requester {{requester.email}} of {{organization.name}}"));

        assertThat(firing.outgoing()).containsExactly(
                new Outgoing.PostedMessage(Visibility.PUBLIC, "Hello Maria, about #1001: Printer on fire"),
                new Outgoing.PostedMessage(Visibility.INTERNAL, "Requester maria@acme.example of Acme"));
    }

    @Test
    void aTemplateErrorIsAProblemNotAFailure() {
        Firing firing = plan(new Action.PostReply("Hello {{requester.shoe_size}}"), new Action.SetPriority(1));

        assertThat(firing.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("shoe_size"));
        assertThat(firing.after().priority()).isEqualTo(1);
    }

    @Test
    void emailsGoToTheRequesterFollowersAssigneeOrTeam() {
        TicketState worked = ticket.withAssignee(FakeHelpdesk.ANA).withFollower(FakeHelpdesk.DAVE);

        Firing firing = plan(worked, new Action.SendEmail(Recipient.REQUESTER, null, "Re: {{ticket.subject}}", "Hi"),
                new Action.SendEmail(Recipient.FOLLOWERS, null, "s", "b"),
                new Action.SendEmail(Recipient.ASSIGNEE, null, "s", "b"),
                new Action.SendEmail(Recipient.TEAM, FakeHelpdesk.BILLING, "s", "b"));

        assertThat(firing.outgoing()).extracting(o -> ((Outgoing.Email) o).addresses()).containsExactly(
                List.of("maria@acme.example"), List.of("dave@helpdesk.example"), List.of("ana@helpdesk.example"),
                List.of("ana@helpdesk.example", "bruno@helpdesk.example", "carla@helpdesk.example"));
        assertThat(((Outgoing.Email) firing.outgoing().get(0)).subject()).isEqualTo("Re: Printer on fire");
    }

    @Test
    void anEmailToNobodyIsAProblem() {
        assertThat(plan(new Action.SendEmail(Recipient.ASSIGNEE, null, "s", "b")).problems()).hasSize(1);
    }

    @Test
    void webhooksAreSent() {
        assertThat(plan(new Action.CallWebhook("https://hooks.example/t", "0123456789abcdef")).outgoing())
                .containsExactly(new Outgoing.WebhookCall("https://hooks.example/t", "0123456789abcdef"));
    }

    @Test
    void routingAssignsAndRemembersItRouted() {
        Firing firing = plan(ticket.withTeam(FakeHelpdesk.BILLING), new Action.Route(RoutingStrategy.ROUND_ROBIN, null));

        assertThat(firing.after().assigneeId()).isEqualTo(FakeHelpdesk.ANA);
        assertThat(firing.routed()).isNotNull();
    }

    @Test
    void theEditHoldsOnlyWhatChanged() {
        Firing firing = plan(new Action.SetPriority(1), new Action.AddTags(List.of("vip")));

        TicketEdit edit = Edits.between(firing.before(), firing.after());

        assertThat(edit.priority()).isEqualTo(1);
        assertThat(edit.tags()).containsExactly("vip");
        assertThat(edit.statusKey()).isNull();
        assertThat(edit.assigneeId()).isNull();
        assertThat(edit.customFields()).isNull();
    }
}
