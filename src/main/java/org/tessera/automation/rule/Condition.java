package org.tessera.automation.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tessera.conversation.Visibility;
import org.tessera.ticket.StatusCategory;

/**
 * One thing a rule asks about a ticket, as a typed value: stored as JSON whose {@code type} names the kind, never
 * as loose strings. Each kind answers for itself whether it holds.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @Type(value = Condition.CategoryIs.class, name = "category"),
        @Type(value = Condition.StatusIs.class, name = "status"),
        @Type(value = Condition.PriorityIs.class, name = "priority"),
        @Type(value = Condition.TypeIs.class, name = "ticket-type"),
        @Type(value = Condition.AssigneeIs.class, name = "assignee"),
        @Type(value = Condition.TeamIs.class, name = "team"),
        @Type(value = Condition.RequesterIs.class, name = "requester"),
        @Type(value = Condition.OrganizationIs.class, name = "organization"),
        @Type(value = Condition.ChannelIs.class, name = "channel"),
        @Type(value = Condition.HasTag.class, name = "tag"),
        @Type(value = Condition.CustomFieldIs.class, name = "custom-field"),
        @Type(value = Condition.TextContains.class, name = "text"),
        @Type(value = Condition.WithinBusinessHours.class, name = "business-hours"),
        @Type(value = Condition.FieldChanged.class, name = "changed"),
        @Type(value = Condition.MessageVisibilityIs.class, name = "message-visibility")})
public sealed interface Condition {

    boolean holds(TicketFacts facts, Lookups lookups);

    /** The status is in one of these categories (new, open, pending, resolved, closed). */
    record CategoryIs(Set<StatusCategory> categories, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return categories.contains(facts.ticket().category()) != negated;
        }
    }

    /** The status has one of these keys, in whatever type. */
    record StatusIs(Set<String> statusKeys, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return statusKeys.contains(facts.ticket().statusKey()) != negated;
        }
    }

    record PriorityIs(Comparison comparison, int priority) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return comparison.holds(facts.ticket().priority(), priority);
        }
    }

    record TypeIs(Set<String> typeKeys, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return typeKeys.contains(facts.ticket().typeKey()) != negated;
        }
    }

    /** A null agent means "nobody": the ticket is unassigned. */
    record AssigneeIs(Long agentId, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return Objects.equals(facts.ticket().assigneeId(), agentId) != negated;
        }
    }

    /** A null team means "no team". */
    record TeamIs(Long teamId, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return Objects.equals(facts.ticket().teamId(), teamId) != negated;
        }
    }

    /** Compares the requester's email address ("ends with @acme.example"). */
    record RequesterIs(TextMatch match, String value) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return match.holds(facts.ticket().requesterEmail(), value);
        }
    }

    /** A null organization means "none". */
    record OrganizationIs(Long organizationId, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return Objects.equals(facts.ticket().organizationId(), organizationId) != negated;
        }
    }

    /** The channel of the message (for message triggers) or of the ticket: web, api, email, portal, chat. */
    record ChannelIs(String channel, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return TextMatch.fold(facts.channel()).equals(TextMatch.fold(channel)) != negated;
        }
    }

    record HasTag(String tag, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return facts.ticket().tags().contains(TextMatch.fold(tag)) != negated;
        }
    }

    /** A custom field's value; for a multiple selection, IS and CONTAINS ask whether the option is chosen. */
    record CustomFieldIs(String key, TextMatch match, String value) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            Object stored = facts.ticket().customFields().get(key);
            if (stored instanceof List<?> options && (match == TextMatch.IS || match == TextMatch.CONTAINS
                    || match == TextMatch.IS_NOT)) {
                boolean chosen = options.stream().anyMatch(o -> TextMatch.IS.holds(String.valueOf(o), value));
                return chosen != (match == TextMatch.IS_NOT);
            }
            return match.holds(stored == null ? "" : String.valueOf(stored), value);
        }
    }

    /** Any of the words or phrases (separated by commas) occurs, ignoring case and accents. */
    record TextContains(TextScope scope, String words, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            String text = switch (scope) {
                case SUBJECT -> facts.ticket().subject();
                case BODY -> facts.body();
                case SUBJECT_OR_BODY -> facts.ticket().subject() + "\n" + facts.body();
            };
            String folded = TextMatch.fold(text);
            boolean found = Arrays.stream(words.split(",")).map(TextMatch::fold).filter(w -> !w.isEmpty())
                    .anyMatch(folded::contains);
            return found != negated;
        }
    }

    /** The event happened while the calendar's business hours were open. */
    record WithinBusinessHours(long calendarId, boolean negated) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return lookups.isOpen(calendarId, facts.at()) != negated;
        }
    }

    /** For update triggers: this field was among the changes ("status", "priority", "custom.region"...). */
    record FieldChanged(String field) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return facts.changed(field);
        }
    }

    /** For message triggers: the message is a public reply, or an internal note. */
    record MessageVisibilityIs(Visibility visibility) implements Condition {
        public boolean holds(TicketFacts facts, Lookups lookups) {
            return facts.message() != null && facts.message().visibility() == visibility;
        }
    }
}
