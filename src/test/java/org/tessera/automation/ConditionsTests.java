package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.automation.rule.Comparison;
import org.tessera.automation.rule.Condition;
import org.tessera.automation.rule.TextMatch;
import org.tessera.automation.rule.TextScope;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Visibility;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.StatusCategory;

/** Every kind of condition, holding and not holding, on Maria's new incident (P3, web, Acme, no team). */
class ConditionsTests {

    private final FakeHelpdesk helpdesk = new FakeHelpdesk();
    private final TicketState ticket = helpdesk.ticket();

    private boolean holds(Condition condition) {
        return holds(condition, helpdesk.facts(ticket, Trigger.TICKET_UPDATED));
    }

    private boolean holds(Condition condition, TicketFacts facts) {
        return condition.holds(facts, helpdesk);
    }

    @Test
    void statusCategory() {
        assertThat(holds(new Condition.CategoryIs(EnumSet.of(StatusCategory.NEW, StatusCategory.OPEN), false))).isTrue();
        assertThat(holds(new Condition.CategoryIs(EnumSet.of(StatusCategory.PENDING), false))).isFalse();
        assertThat(holds(new Condition.CategoryIs(EnumSet.of(StatusCategory.PENDING), true))).isTrue();
    }

    @Test
    void statusKey() {
        assertThat(holds(new Condition.StatusIs(Set.of("new"), false))).isTrue();
        assertThat(holds(new Condition.StatusIs(Set.of("resolved", "closed"), false))).isFalse();
        assertThat(holds(new Condition.StatusIs(Set.of("new"), true))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"IS, 3, true", "IS, 1, false", "IS_NOT, 1, true", "HIGHER_THAN, 4, true", "HIGHER_THAN, 3, false",
                "LOWER_THAN, 2, true", "LOWER_THAN, 5, false"})
    void priorityComparesWithP1AsTheHighest(Comparison comparison, int priority, boolean holds) {
        assertThat(holds(new Condition.PriorityIs(comparison, priority))).isEqualTo(holds);
    }

    @Test
    void type() {
        assertThat(holds(new Condition.TypeIs(Set.of("incident"), false))).isTrue();
        assertThat(holds(new Condition.TypeIs(Set.of("task"), false))).isFalse();
    }

    @Test
    void assigneeNullMeansNobody() {
        assertThat(holds(new Condition.AssigneeIs(null, false))).isTrue();
        assertThat(holds(new Condition.AssigneeIs(FakeHelpdesk.ANA, false))).isFalse();
        TicketFacts assigned = helpdesk.facts(ticket.withAssignee(FakeHelpdesk.ANA), Trigger.TICKET_UPDATED);
        assertThat(holds(new Condition.AssigneeIs(FakeHelpdesk.ANA, false), assigned)).isTrue();
        assertThat(holds(new Condition.AssigneeIs(null, true), assigned)).isTrue();
    }

    @Test
    void teamNullMeansNoTeam() {
        assertThat(holds(new Condition.TeamIs(null, false))).isTrue();
        assertThat(holds(new Condition.TeamIs(FakeHelpdesk.BILLING, false))).isFalse();
        assertThat(holds(new Condition.TeamIs(null, true),
                helpdesk.facts(ticket.withTeam(FakeHelpdesk.BILLING), Trigger.TICKET_UPDATED))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"IS, MARIA@acme.example, true", "IS_NOT, maria@acme.example, false", "CONTAINS, maria, true",
                "ENDS_WITH, @acme.example, true", "ENDS_WITH, @other.example, false"})
    void requesterEmailIgnoringCase(TextMatch match, String value, boolean holds) {
        assertThat(holds(new Condition.RequesterIs(match, value))).isEqualTo(holds);
    }

    @Test
    void organization() {
        assertThat(holds(new Condition.OrganizationIs(9L, false))).isTrue();
        assertThat(holds(new Condition.OrganizationIs(null, false))).isFalse();
    }

    @Test
    void channelOfTheMessageForMessageTriggersElseOfTheTicket() {
        assertThat(holds(new Condition.ChannelIs("web", false))).isTrue();
        var byEmail = new TicketFacts(ticket, Trigger.MESSAGE_BY_CUSTOMER, List.of(),
                new TicketFacts.Message(5, Visibility.PUBLIC, "email", "Thanks"), null, FakeHelpdesk.MONDAY_NOON);
        assertThat(holds(new Condition.ChannelIs("email", false), byEmail)).isTrue();
        assertThat(holds(new Condition.ChannelIs("web", false), byEmail)).isFalse();
    }

    @Test
    void tags() {
        TicketFacts tagged = helpdesk.facts(ticket.withTags(List.of("vip", "printer")), Trigger.TICKET_UPDATED);
        assertThat(holds(new Condition.HasTag("VIP", false), tagged)).isTrue();
        assertThat(holds(new Condition.HasTag("vip", true), tagged)).isFalse();
        assertThat(holds(new Condition.HasTag("vip", false))).isFalse();
    }

    @Test
    void customFieldValuesAndEmptiness() {
        TicketFacts emea = helpdesk.facts(ticket.withCustomField("region", "emea"), Trigger.TICKET_UPDATED);
        assertThat(holds(new Condition.CustomFieldIs("region", TextMatch.IS, "EMEA"), emea)).isTrue();
        assertThat(holds(new Condition.CustomFieldIs("region", TextMatch.IS_NOT, "emea"), emea)).isFalse();
        assertThat(holds(new Condition.CustomFieldIs("region", TextMatch.IS_SET, null), emea)).isTrue();
        assertThat(holds(new Condition.CustomFieldIs("region", TextMatch.IS_EMPTY, null))).isTrue();
        TicketFacts several = helpdesk.facts(ticket.withCustomField("region", List.of("emea", "apac")),
                Trigger.TICKET_UPDATED);
        assertThat(holds(new Condition.CustomFieldIs("region", TextMatch.CONTAINS, "apac"), several)).isTrue();
    }

    @Test
    void wordsInSubjectOrBodyIgnoreCaseAndAccents() {
        assertThat(holds(new Condition.TextContains(TextScope.SUBJECT, "fire, flood", false))).isTrue();
        assertThat(holds(new Condition.TextContains(TextScope.SUBJECT, "smoke", false))).isFalse();
        assertThat(holds(new Condition.TextContains(TextScope.BODY, "SMOKE", false))).isTrue();
        assertThat(holds(new Condition.TextContains(TextScope.SUBJECT_OR_BODY, "smoke", true))).isFalse();
        var portuguese = new TicketFacts(ticket, Trigger.MESSAGE_BY_CUSTOMER, List.of(),
                new TicketFacts.Message(5, Visibility.PUBLIC, "web", "A impressão está péssima"), null,
                FakeHelpdesk.MONDAY_NOON);
        assertThat(holds(new Condition.TextContains(TextScope.BODY, "impressao", false), portuguese)).isTrue();
    }

    @Test
    void withinBusinessHoursAtTheMomentOfTheEvent() {
        assertThat(holds(new Condition.WithinBusinessHours(1, false))).isTrue();
        var saturday = new TicketFacts(ticket, Trigger.TICKET_CREATED, List.of(), null, null,
                Instant.parse("2026-03-07T12:00:00Z"));
        assertThat(holds(new Condition.WithinBusinessHours(1, false), saturday)).isFalse();
        assertThat(holds(new Condition.WithinBusinessHours(1, true), saturday)).isTrue();
    }

    @Test
    void fieldChangedLooksAtTheEventsChanges() {
        var prioritized = new TicketFacts(ticket, Trigger.TICKET_UPDATED,
                List.of(new FieldChange("priority", "3", "1")), null, null, FakeHelpdesk.MONDAY_NOON);
        assertThat(holds(new Condition.FieldChanged("priority"), prioritized)).isTrue();
        assertThat(holds(new Condition.FieldChanged("status"), prioritized)).isFalse();
    }

    @Test
    void messageVisibilityOnlyForMessages() {
        var note = new TicketFacts(ticket, Trigger.MESSAGE_BY_AGENT, List.of(),
                new TicketFacts.Message(5, Visibility.INTERNAL, "web", "Checked"), null, FakeHelpdesk.MONDAY_NOON);
        assertThat(holds(new Condition.MessageVisibilityIs(Visibility.INTERNAL), note)).isTrue();
        assertThat(holds(new Condition.MessageVisibilityIs(Visibility.PUBLIC), note)).isFalse();
        assertThat(holds(new Condition.MessageVisibilityIs(Visibility.PUBLIC))).isFalse();
    }

    @Test
    void conditionsAreStoredAsTypedJsonAndReadBack() {
        List<Condition> conditions = List.of(new Condition.CategoryIs(EnumSet.of(StatusCategory.PENDING), false),
                new Condition.PriorityIs(Comparison.HIGHER_THAN, 3), new Condition.AssigneeIs(null, true),
                new Condition.CustomFieldIs("region", TextMatch.IS, "emea"),
                new Condition.TextContains(TextScope.BODY, "refund", false),
                new Condition.MessageVisibilityIs(Visibility.PUBLIC));

        String json = org.tessera.automation.internal.RuleStore.conditionsJson(conditions);

        assertThat(json).contains("\"type\":\"category\"").contains("\"type\":\"custom-field\"");
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        List<Condition> read = mapper.readValue(json, new tools.jackson.core.type.TypeReference<List<Condition>>() {
        });
        assertThat(read).isEqualTo(conditions);
        assertThat(Map.of()).isEmpty();
    }
}
