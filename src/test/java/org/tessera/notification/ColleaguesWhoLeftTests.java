package org.tessera.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.automation.Eventually;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.Role;
import org.tessera.identity.UserChanges;
import org.tessera.identity.UserManagement;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * Agents leave: their account is switched off, or made a customer's, while tickets are still assigned to them or
 * followed by them. Internal notes written afterwards reach the colleagues still there, and not them.
 */
class ColleaguesWhoLeftTests extends IntegrationTest {

    @Autowired
    UserManagement users;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;

    private People people;
    private Actor admin;
    private Person stays;
    private Person leaves;
    private long ticketId;
    private String secret;

    @BeforeEach
    void aTicketWorkedByTwoAgents() {
        people = new People(api);
        admin = directory.actor(people.admin().get("/api/v1/users/me").json().get("id").asLong());
        stays = people.agent();
        leaves = people.agent();
        secret = TicketMother.uniqueWord();
        ticketId = TicketMother.openedBy(people.customer(), "Contract renewal").get("id").asLong();
    }

    @Test
    void aFollowerSwitchedOffHearsNoMoreInternalNotes() {
        TicketMother.changed(stays, ticketId, Map.of("assigneeId", stays.id(), "followerIds", List.of(leaves.id())));
        users.update(leaves.id(), new UserChanges(leaves.email(), "Gone", Role.AGENT, null, false), admin);

        TicketMother.messagePosted(people.agent(), ticketId, "Their budget is " + secret, "INTERNAL");

        Eventually.until(() -> mailTo(stays), mail -> mail.contains(secret), "the note's email to the assignee");
        assertThat(mailTo(leaves)).doesNotContain(secret);
    }

    @Test
    void anAssigneeMadeACustomerHearsNoMoreInternalNotes() {
        TicketMother.changed(stays, ticketId, Map.of("assigneeId", leaves.id(), "followerIds", List.of(stays.id())));
        users.update(leaves.id(), new UserChanges(leaves.email(), "Now a customer", Role.CUSTOMER, null, true), admin);

        TicketMother.messagePosted(people.agent(), ticketId, "Their budget is " + secret, "INTERNAL");

        Eventually.until(() -> mailTo(stays), mail -> mail.contains(secret), "the note's email to the follower");
        assertThat(mailTo(leaves)).doesNotContain(secret);
    }

    private String mailTo(Person person) {
        return String.join("\n", jdbc.queryForList("select subject || ' ' || body_text from email_outbox "
                + "where lower(recipient) = lower(?)", String.class, person.email()));
    }
}
