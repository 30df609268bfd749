package org.tessera.automation.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.tessera.ticket.StatusCategory;

/**
 * One thing a rule (or a macro) does, as a typed value stored as JSON whose {@code type} names the kind. Actions
 * run in their order; {@link Planner} works out what each would change before anything is applied.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @Type(value = Action.SetStatus.class, name = "set-status"),
        @Type(value = Action.SetPriority.class, name = "set-priority"),
        @Type(value = Action.SetType.class, name = "set-type"),
        @Type(value = Action.SetTeam.class, name = "set-team"),
        @Type(value = Action.SetAssignee.class, name = "set-assignee"),
        @Type(value = Action.AddTags.class, name = "add-tags"),
        @Type(value = Action.RemoveTags.class, name = "remove-tags"),
        @Type(value = Action.SetCustomField.class, name = "set-field"),
        @Type(value = Action.Route.class, name = "route"),
        @Type(value = Action.AddFollower.class, name = "add-follower"),
        @Type(value = Action.SendEmail.class, name = "send-email"),
        @Type(value = Action.PostReply.class, name = "post-reply"),
        @Type(value = Action.AddNote.class, name = "add-note"),
        @Type(value = Action.CallWebhook.class, name = "webhook")})
public sealed interface Action {

    /** Whether a macro may do this too: macros change fields, rules also talk to the outside. */
    default boolean fitsMacros() {
        return false;
    }

    /** The first status of this category in the ticket's own type: types name their statuses differently. */
    record SetStatus(StatusCategory category) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    record SetPriority(int priority) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    record SetType(String typeKey) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    /** A null team takes the ticket out of its team. */
    record SetTeam(Long teamId) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    /** A null agent unassigns the ticket. */
    record SetAssignee(Long agentId) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    record AddTags(List<String> tags) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    record RemoveTags(List<String> tags) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    /** An empty value clears the field; several options of a multiple selection are separated by commas. */
    record SetCustomField(String key, String value) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    /** Assigns an agent of the team (null: the ticket's own team; with no team, any agent). */
    record Route(RoutingStrategy strategy, Long teamId) implements Action {
    }

    record AddFollower(long userId) implements Action {
        public boolean fitsMacros() {
            return true;
        }
    }

    /** An email from a template with placeholders such as {@code {{requester.name}}}; team for TEAM only. */
    record SendEmail(Recipient recipient, Long teamId, String subject, String body) implements Action {
    }

    /** A public reply from the Tessera account, from a template. */
    record PostReply(String body) implements Action {
    }

    /** An internal note from the Tessera account, from a template. */
    record AddNote(String body) implements Action {
    }

    /** POSTs the ticket as JSON, signed with HMAC-SHA256 of the secret (header X-Tessera-Signature). */
    record CallWebhook(String url, String secret) implements Action {
    }
}
