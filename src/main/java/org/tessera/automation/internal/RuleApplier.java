package org.tessera.automation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.automation.rule.Edits;
import org.tessera.automation.rule.Firing;
import org.tessera.automation.rule.Lookups;
import org.tessera.automation.rule.Outgoing;
import org.tessera.automation.rule.Routing;
import org.tessera.automation.rule.TicketState;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;
import org.tessera.email.Outbox;
import org.tessera.email.OutgoingMail;
import org.tessera.identity.Actor;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketEdit;
import org.tessera.ticket.TicketManagement;

/**
 * Carries out what a rule planned, as {@code Actor.system("Rule: <name>")}: the field changes in one save, then its
 * messages, emails and webhook calls, each noted in the ticket's history with the rule's name. All of it commits
 * together; should any part fail, the parts are tried one by one, so that one failing action never stops the
 * others, and each failure is written into the ticket's history.
 */
@Component
public class RuleApplier {

    private static final Logger log = LoggerFactory.getLogger(RuleApplier.class);

    private final TicketManagement tickets;
    private final Conversations conversations;
    private final Journal journal;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final RoundRobinState turns;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RuleApplier(TicketManagement tickets, Conversations conversations, Journal journal, Deliveries deliveries,
                Outbox outbox, RoundRobinState turns, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.journal = journal;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.turns = turns;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Applies one firing for one event; does nothing if this rule already acted on the event. */
    public void apply(String eventKey, Firing firing, Trigger trigger, Lookups lookups) {
        Actor actor = Actor.system("Rule: " + firing.rule().name());
        long ticketId = firing.before().id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var repeated = new AtomicBoolean();
        Journal.Outcome outcome = firing.problems().isEmpty() ? Journal.Outcome.APPLIED : Journal.Outcome.PARTLY;
        try {
            transaction.executeWithoutResult(status -> {
                if (!journal.claim(firing.rule().id(), eventKey, ticketId, now, outcome)) {
                    repeated.set(true);
                    return;
                }
                changeFields(firing, lookups, actor);
                firing.outgoing().forEach(o -> send(o, firing, trigger, actor));
                firing.problems().forEach(p -> failed(ticketId, firing, p.actionIndex(), p.reason(), actor));
            });
        } catch (RuntimeException failure) {
            if (repeated.get()) {
                return;
            }
            log.info("Rule '{}' on ticket {} failed as a whole ({}); applying its actions one by one",
                    firing.rule().name(), ticketId, failure.getMessage());
            onePartAtATime(eventKey, firing, trigger, lookups, actor, now);
        }
    }

    private void onePartAtATime(String eventKey, Firing firing, Trigger trigger, Lookups lookups, Actor actor,
                                Instant now) {
        long ticketId = firing.before().id();
        Boolean first = transaction.execute(s -> journal.claim(firing.rule().id(), eventKey, ticketId, now,
                Journal.Outcome.PARTLY));
        if (!Boolean.TRUE.equals(first)) {
            return;
        }
        attempt(ticketId, firing, actor, "change fields", () -> changeFields(firing, lookups, actor));
        for (Outgoing o : firing.outgoing()) {
            attempt(ticketId, firing, actor, describe(o), () -> send(o, firing, trigger, actor));
        }
        firing.problems().forEach(p -> attempt(ticketId, firing, actor, "log",
                () -> failed(ticketId, firing, p.actionIndex(), p.reason(), actor)));
    }

    private void attempt(long ticketId, Firing firing, Actor actor, String what, Runnable part) {
        try {
            transaction.executeWithoutResult(s -> part.run());
        } catch (RuntimeException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            try {
                transaction.executeWithoutResult(s -> tickets.recordInHistory(ticketId, new FieldChange(
                        "automation.failed", null, "Could not " + what + ": " + reason), actor));
            } catch (RuntimeException alsoFailed) {
                log.warn("Rule '{}' could not {} on ticket {}: {}", firing.rule().name(), what, ticketId, reason);
            }
        }
    }

    private void changeFields(Firing firing, Lookups lookups, Actor actor) {
        long ticketId = firing.before().id();
        TicketEdit edit = Edits.between(firing.before(), firing.after());
        if (firing.routed() != null) {
            // Turns are taken under a lock, so concurrent new tickets still go round the team in order.
            long teamKey = Routing.teamKey(firing.routed(), firing.after());
            Routing.Result chosen = Routing.pick(firing.routed(), firing.after(), lookups, turns.lockLast(teamKey));
            if (chosen.agentId() != null) {
                edit = withAssignee(edit, chosen.agentId());
                turns.served(teamKey, chosen.agentId());
            }
        }
        if (isEmpty(edit)) {
            return;
        }
        TicketDetails changed = tickets.change(ticketId, edit, null, actor);
        if (changed.version() != firing.before().version()) {
            journal.recordOwn("changed:" + ticketId + ":" + changed.version());
        }
    }

    private void send(Outgoing outgoing, Firing firing, Trigger trigger, Actor actor) {
        long ticketId = firing.before().id();
        String note;
        if (outgoing instanceof Outgoing.PostedMessage message) {
            MessageView posted = conversations.append(ticketId, message.body(), message.visibility(), List.of(),
                    "automation", actor);
            journal.recordOwn("message:" + posted.id());
            note = message.visibility() == Visibility.PUBLIC ? "Posted a public reply" : "Added an internal note";
        } else if (outgoing instanceof Outgoing.Email email) {
            // Through the email module's outbox, like every email: threaded, loop-guarded, retried, once per event.
            String event = "rule:" + firing.rule().id() + ":" + ticketId + ":" + firing.before().version() + ":"
                    + Integer.toHexString((email.subject() + "\n" + email.body()).hashCode());
            for (String address : email.addresses()) {
                outbox.queue(new OutgoingMail(event, ticketId, address, null, email.subject(), email.body(), null,
                        List.of(), true, false, null));
            }
            note = "Sent an email to " + String.join(", ", email.addresses()) + ": " + email.subject();
        } else {
            Outgoing.WebhookCall call = (Outgoing.WebhookCall) outgoing;
            deliveries.queueWebhook(ticketId, firing.rule().name(), call.url(), call.secret(),
                    payload(firing, trigger));
            note = "Called the webhook " + call.url();
        }
        tickets.recordInHistory(ticketId, new FieldChange("automation", null, note), actor);
    }

    private void failed(long ticketId, Firing firing, int actionIndex, String reason, Actor actor) {
        tickets.recordInHistory(ticketId, new FieldChange("automation.failed", null,
                "Action " + (actionIndex + 1) + " not carried out: " + reason), actor);
    }

    /** The JSON a webhook receives: the event, the rule, and the ticket as the rule left it. */
    private static String payload(Firing firing, Trigger trigger) {
        TicketState t = firing.after();
        var ticket = new LinkedHashMap<String, Object>();
        ticket.put("id", t.id());
        ticket.put("number", t.number());
        ticket.put("subject", t.subject());
        ticket.put("status", t.statusKey());
        ticket.put("statusCategory", t.category().name());
        ticket.put("priority", t.priority());
        ticket.put("type", t.typeKey());
        ticket.put("requester", Map.of("id", t.requesterId(), "email", t.requesterEmail(), "name", t.requesterName()));
        ticket.put("organizationId", t.organizationId());
        ticket.put("assigneeId", t.assigneeId());
        ticket.put("teamId", t.teamId());
        ticket.put("tags", t.tags());
        ticket.put("customFields", t.customFields());
        ticket.put("channel", t.channel());
        ticket.put("createdAt", String.valueOf(t.createdAt()));
        var body = new LinkedHashMap<String, Object>();
        body.put("event", trigger.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        body.put("rule", Map.of("id", firing.rule().id(), "name", firing.rule().name()));
        body.put("ticket", ticket);
        return RuleStore.JSON.writeValueAsString(body);
    }

    private static String describe(Outgoing o) {
        if (o instanceof Outgoing.PostedMessage m) {
            return m.visibility() == Visibility.PUBLIC ? "post the reply" : "add the note";
        }
        return o instanceof Outgoing.Email ? "send the email" : "call the webhook";
    }

    private static TicketEdit withAssignee(TicketEdit e, long agentId) {
        return new TicketEdit(e.subject(), e.description(), e.typeKey(), e.statusKey(), e.priority(),
                Optional.of(agentId), e.teamId(), e.requesterId(), e.tags(), e.dueAt(), e.customFields(),
                e.followerIds());
    }

    static boolean isEmpty(TicketEdit e) {
        return e.subject() == null && e.description() == null && e.typeKey() == null && e.statusKey() == null
                && e.priority() == null && e.assigneeId() == null && e.teamId() == null && e.requesterId() == null
                && e.tags() == null && e.dueAt() == null && e.customFields() == null && e.followerIds() == null;
    }
}
