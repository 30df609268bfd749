package org.tessera.automation.internal;

import java.util.EnumSet;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.tessera.automation.rule.RuleEngine;
import org.tessera.automation.rule.TicketFacts;
import org.tessera.automation.rule.Trigger;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageAppended;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Role;
import org.tessera.sla.SlaBreached;
import org.tessera.sla.SlaWarningRaised;
import org.tessera.ticket.TicketChanged;
import org.tessera.ticket.TicketOpened;

/**
 * Turns ticket, message and SLA events into rule runs. Changes and messages automation made itself are not events
 * to it: they belong to the chain that made them, which is what keeps rules from looping. Each rule's part is its
 * own transaction (see {@link RuleApplier}), so these listeners run outside one.
 */
@Component
class RuleTriggers {

    private final RuleRunner runner;
    private final Journal journal;
    private final Directory directory;
    private final Conversations conversations;

    RuleTriggers(RuleRunner runner, Journal journal, Directory directory, Conversations conversations) {
        this.runner = runner;
        this.journal = journal;
        this.directory = directory;
        this.conversations = conversations;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketOpened opened) {
        run(new RuleRunner.Event("opened:" + opened.ticketId(), opened.ticketId(), Trigger.TICKET_CREATED,
                opened.at(), List.of(), null, null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketChanged changed) {
        String key = "changed:" + changed.ticketId() + ":" + changed.version();
        if (journal.isOwn(key)) {
            return;
        }
        Trigger trigger = changed.changed("status") ? Trigger.STATUS_CHANGED : Trigger.TICKET_UPDATED;
        runner.run(new RuleRunner.Event(key, changed.ticketId(), trigger, changed.at(), changed.changes(), null, null),
                RuleEngine.triggeredBy(trigger == Trigger.STATUS_CHANGED
                        ? EnumSet.of(Trigger.STATUS_CHANGED, Trigger.TICKET_UPDATED) : EnumSet.of(Trigger.TICKET_UPDATED)));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MessageAppended appended) {
        String key = "message:" + appended.messageId();
        if (appended.authorId() == null || appended.authorId() == directory.systemUserId() || journal.isOwn(key)) {
            return;
        }
        Role role = directory.user(appended.authorId()).map(u -> u.role()).orElse(Role.CUSTOMER);
        Trigger trigger = role.isStaff() ? Trigger.MESSAGE_BY_AGENT
                : role == Role.COLLABORATOR ? Trigger.MESSAGE_BY_COLLABORATOR : Trigger.MESSAGE_BY_CUSTOMER;
        String body = conversations.message(appended.messageId(), Actor.system()).body();
        run(new RuleRunner.Event(key, appended.ticketId(), trigger, appended.at(), List.of(),
                new TicketFacts.Message(appended.messageId(), appended.visibility(), appended.channel(), body), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SlaWarningRaised warning) {
        run(new RuleRunner.Event("sla-warning:" + warning.ticketId() + ":" + warning.metric() + ":"
                + warning.dueAt(), warning.ticketId(), Trigger.SLA_WARNING, warning.at(), List.of(), null,
                new TicketFacts.SlaTarget(warning.metric().name(), warning.dueAt())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SlaBreached breach) {
        run(new RuleRunner.Event("sla-breach:" + breach.ticketId() + ":" + breach.metric() + ":" + breach.dueAt(),
                breach.ticketId(), Trigger.SLA_BREACHED, breach.at(), List.of(), null,
                new TicketFacts.SlaTarget(breach.metric().name(), breach.dueAt())));
    }

    private void run(RuleRunner.Event event) {
        runner.run(event, RuleEngine.triggeredBy(EnumSet.of(event.trigger())));
    }
}
