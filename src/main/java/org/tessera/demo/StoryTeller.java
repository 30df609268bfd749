package org.tessera.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.Visibility;
import org.tessera.demo.Plan.Opener;
import org.tessera.demo.Plan.Step;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.ticket.Catalog;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketEdit;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketTypeView;
import org.tessera.ticket.Workflows;

/**
 * Plays the planned stories through the public services, exactly as people would through the pages: the ticket
 * is opened, agents answer and move it along, requesters reply. What happened when goes to the {@link Backdating}.
 */
@Component
class StoryTeller {

    private final TicketManagement tickets;
    private final Conversations conversations;
    private final Workflows workflows;
    private final Directory directory;
    private final EntityManager entityManager;

    StoryTeller(TicketManagement tickets, Conversations conversations, Workflows workflows, Directory directory,
                EntityManager entityManager) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.workflows = workflows;
        this.directory = directory;
        this.entityManager = entityManager;
    }

    void tell(List<Plan> plans, Cast cast, Backdating dates) {
        Map<Long, Actor> actors = new HashMap<>();
        for (Plan plan : plans) {
            new Story(plan, cast.teamIds().get(plan.topic().team()), dates,
                    person -> actors.computeIfAbsent(person.id(), directory::actor)).play();
            forgetLoadedEntities();
        }
    }

    /**
     * All of it is one transaction: left alone, the persistence context would grow with every ticket, and every
     * query would first check all of it for changes to flush. Clearing it after each ticket keeps that cheap, and
     * leaves nothing stale in it when the dates are rewritten behind its back.
     */
    private void forgetLoadedEntities() {
        entityManager.flush();
        entityManager.clear();
    }

    private interface Actors {
        Actor of(DemoPerson person);
    }

    /** One ticket from its opening to where its plan ends. */
    private final class Story {

        private final Plan plan;
        private final Long teamId;
        private final Backdating dates;
        private final Actors actors;
        private final TicketTypeView type;
        private long ticketId;
        private Instant firstResponse;
        private Instant resolved;

        Story(Plan plan, Long teamId, Backdating dates, Actors actors) {
            this.plan = plan;
            this.teamId = teamId;
            this.dates = dates;
            this.actors = actors;
            this.type = workflows.catalog().requireType("type", plan.topic().type());
        }

        void play() {
            var opened = tickets.open(opening(), opener());
            ticketId = opened.id();
            dates.version(ticketId, opened.version(), plan.createdAt());
            plan.steps().forEach(this::act);
            dates.ticket(ticketId, plan.createdAt(), plan.lastMoment(), firstResponse, resolved);
        }

        private void act(Step step) {
            DemoPerson agent = plan.agent();
            Instant at = step.at();
            switch (step.beat()) {
                case TAKE -> {
                    move(take(), actors.of(agent), at);
                    reply(agent, "reply", at);
                    firstResponse = at;
                }
                case NOTE -> say(agent, plan.text("note"), Visibility.INTERNAL, at);
                case ASK -> {
                    reply(agent, "ask", at);
                    move(TicketEdit.none().withStatus(status(StatusCategory.PENDING, false)), actors.of(agent), at);
                }
                case INFO -> {
                    say(plan.requester(), plan.text("info"), Visibility.PUBLIC, at);
                    // What an automation rule does when the requester answers: back to work.
                    move(TicketEdit.none().withStatus(status(StatusCategory.OPEN, true)), Actor.system(), at);
                }
                case SOLVE -> {
                    reply(agent, "solution", at);
                    move(TicketEdit.none().withStatus(status(StatusCategory.RESOLVED, false)), actors.of(agent), at);
                    resolved = at;
                }
                case THANKS -> say(plan.requester(), plan.text("thanks"), Visibility.PUBLIC, at);
                case CLOSE -> move(TicketEdit.none().withStatus(status(StatusCategory.CLOSED, false)),
                        Actor.system(), at);
                case NUDGE -> say(plan.requester(), plan.text("nudge"), Visibility.PUBLIC, at);
            }
        }

        private OpenTicket opening() {
            String description = plan.text("description");
            if (plan.opener() == Opener.REQUESTER) {
                return new OpenTicket(plan.fill(plan.subject()), description, plan.requester().id(),
                        plan.topic().type(), plan.priority(), null, null, null, List.of(), null, customFields(),
                        List.of(), plan.channel());
            }
            boolean byAgent = plan.opener() == Opener.AGENT;
            return new OpenTicket(plan.fill(plan.subject()), description, plan.requester().id(), plan.topic().type(),
                    plan.priority(), null, byAgent || plan.assignedAtOnce() ? plan.agent().id() : null,
                    byAgent || plan.routedAtOnce() ? teamId : null, plan.topic().tags(), plan.dueAt(),
                    customFields(), plan.followerIds(), plan.channel());
        }

        private Actor opener() {
            return switch (plan.opener()) {
                case SYSTEM -> Actor.system();
                case AGENT -> actors.of(plan.agent());
                case REQUESTER -> actors.of(plan.requester());
            };
        }

        /** The agent takes the ticket; what the requester could not set when opening it is triaged now. */
        private TicketEdit take() {
            String working = status(StatusCategory.OPEN, false);
            if (plan.opener() != Opener.REQUESTER) {
                return new TicketEdit(null, null, null, working, null, Optional.of(plan.agent().id()),
                        Optional.ofNullable(teamId), null, null, null, null, null);
            }
            return new TicketEdit(null, null, null, working, null, Optional.of(plan.agent().id()),
                    Optional.ofNullable(teamId), null, plan.topic().tags(), Optional.ofNullable(plan.dueAt()), null,
                    plan.followerIds());
        }

        private Map<String, Object> customFields() {
            Catalog catalog = workflows.catalog();
            var values = new HashMap<String, Object>();
            if (plan.topic().system() != null && applies(catalog, DemoFields.AFFECTED_SYSTEM)) {
                values.put(DemoFields.AFFECTED_SYSTEM, plan.topic().system());
            }
            if (plan.topic().billed() && applies(catalog, DemoFields.ORDER_NUMBER)) {
                values.put(DemoFields.ORDER_NUMBER, (plan.requester().language() == Language.PT ? "PC-" : "PO-")
                        + plan.reference());
            }
            return values;
        }

        private boolean applies(Catalog catalog, String field) {
            return catalog.fieldsFor(type.id()).stream().anyMatch(f -> f.key().equals(field));
        }

        /** The type's status of this category: the first, or the last (a problem goes on to "known error"). */
        private String status(StatusCategory category, boolean last) {
            var statuses = type.statuses().stream().filter(s -> s.category() == category).toList();
            if (statuses.isEmpty()) {
                throw new IllegalStateException(type.name() + " has no " + category + " status");
            }
            return (last ? statuses.get(statuses.size() - 1) : statuses.get(0)).key();
        }

        private void move(TicketEdit edit, Actor actor, Instant at) {
            var changed = tickets.change(ticketId, edit, null, actor);
            dates.version(ticketId, changed.version(), at);
        }

        private void reply(DemoPerson agent, String line, Instant at) {
            String body = plan.requester().language().letter(plan.requester().firstName(), plan.text(line),
                    agent.firstName());
            say(agent, body, Visibility.PUBLIC, at);
        }

        private void say(DemoPerson author, String body, Visibility visibility, Instant at) {
            boolean fromRequester = author.id() == plan.requester().id();
            String channel = fromRequester && plan.channel().equals("email") ? "email" : "web";
            var message = conversations.append(ticketId, body, visibility, List.of(), channel, actors.of(author));
            dates.message(message.id(), at);
        }
    }
}
