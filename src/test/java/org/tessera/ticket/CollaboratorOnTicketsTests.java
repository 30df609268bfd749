package org.tessera.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.support.ProblemAssert.assertThatProblem;
import static org.tessera.support.TicketLists.idsIn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * A collaborator is a colleague inside the company, not an agent: they see what they requested or follow, may write
 * internal notes there, and change nothing else.
 */
class CollaboratorOnTicketsTests extends IntegrationTest {

    private People people;
    private Person collaborator;
    private Person agent;
    private String word;
    private long customersTicket;

    @BeforeEach
    void aCollaboratorAndACustomersTicket() {
        people = new People(api);
        collaborator = people.collaborator();
        agent = people.agent();
        word = TicketMother.uniqueWord();
        customersTicket = TicketMother.openedBy(people.customer(), "Contract " + word).get("id").asLong();
    }

    @Test
    void seesATicketTheyRequested() {
        long own = TicketMother.openedBy(collaborator, "New laptop " + word).get("id").asLong();

        var get = collaborator.api().get("/api/v1/tickets/" + own);
        var list = collaborator.api().get("/api/v1/tickets");

        assertThat(get.status()).isEqualTo(200);
        assertThat(idsIn(list)).containsExactly(own);
    }

    @Test
    void doesNotSeeATicketTheyNeitherRequestedNorFollow() {
        var get = collaborator.api().get("/api/v1/tickets/" + customersTicket);
        var search = collaborator.api().get("/api/v1/tickets?q=" + word);
        var messages = collaborator.api().get("/api/v1/tickets/" + customersTicket + "/messages");

        assertThatProblem(get).hasStatus(404);
        assertThat(idsIn(search)).isEmpty();
        assertThatProblem(messages).hasStatus(404);
    }

    @Test
    void seesATicketOnceAnAgentMakesThemAFollower() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));

        var get = collaborator.api().get("/api/v1/tickets/" + customersTicket);
        var search = collaborator.api().get("/api/v1/tickets?q=" + word);

        assertThat(get.status()).isEqualTo(200);
        assertThat(idsIn(search)).containsExactly(customersTicket);
    }

    @Test
    void losesSightOfTheTicketWhenNoLongerFollowing() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of()));

        var get = collaborator.api().get("/api/v1/tickets/" + customersTicket);

        assertThatProblem(get).hasStatus(404);
    }

    @Test
    void writesAndReadsInternalNotesOnAFollowedTicket() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));
        TicketMother.messagePosted(agent, customersTicket, "Legal should look at clause 4", "INTERNAL");

        var note = collaborator.api().post("/api/v1/tickets/" + customersTicket + "/messages",
                Map.of("body", "Clause 4 is fine", "visibility", "INTERNAL"));
        var messages = collaborator.api().get("/api/v1/tickets/" + customersTicket + "/messages");

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(messages.json()).hasSize(2);
    }

    @Test
    void cannotWriteANoteOnATicketTheyDoNotFollow() {
        var note = collaborator.api().post("/api/v1/tickets/" + customersTicket + "/messages",
                Map.of("body", "Sneaking in", "visibility", "INTERNAL"));

        assertThatProblem(note).hasStatus(404);
        assertThat(agent.api().get("/api/v1/tickets/" + customersTicket + "/messages").json()).isEmpty();
    }

    @Test
    void cannotChangeThePriorityOfAFollowedTicket() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));

        var response = collaborator.api().patch("/api/v1/tickets/" + customersTicket, Map.of("priority", 1));

        assertThatProblem(response).hasStatus(400).namesField("priority");
        assertThat(agent.api().get("/api/v1/tickets/" + customersTicket).json().get("priority").asInt()).isEqualTo(3);
    }

    @Test
    void cannotChangeTheStatusOfAFollowedTicket() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));

        var response = collaborator.api().patch("/api/v1/tickets/" + customersTicket, Map.of("status", "resolved"));

        assertThatProblem(response).hasStatus(400).namesField("status");
    }

    @Test
    void cannotAddOtherFollowers() {
        TicketMother.changed(agent, customersTicket, Map.of("followerIds", List.of(collaborator.id())));
        var friend = people.collaborator();

        var response = collaborator.api().patch("/api/v1/tickets/" + customersTicket,
                Map.of("followerIds", List.of(collaborator.id(), friend.id())));

        assertThatProblem(response).hasStatus(400).namesField("followerIds");
        assertThatProblem(friend.api().get("/api/v1/tickets/" + customersTicket)).hasStatus(404);
    }

    @Test
    void cannotOpenATicketForSomeoneElse() {
        var response = collaborator.api().post("/api/v1/tickets",
                Map.of("subject", "For my colleague", "requesterEmail", "colleague-" + People.unique() + "@example.com"));

        assertThatProblem(response).hasStatus(400).namesField("requesterEmail");
    }

    @Test
    void cannotListPeople() {
        var response = collaborator.api().get("/api/v1/users?q=a");

        assertThatProblem(response).hasStatus(403);
    }
}
