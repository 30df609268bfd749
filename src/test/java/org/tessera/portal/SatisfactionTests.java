package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.portal.internal.OutboxMail;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;
import tools.jackson.databind.JsonNode;

/** When a ticket is resolved its requester is asked, once, how the help was; the answer stays with the ticket. */
class SatisfactionTests extends IntegrationTest {

    @Autowired
    OutboxMail mail;
    @Autowired
    JdbcTemplate jdbc;

    private People people;
    private SentMail sent;
    private Person customer;
    private Person agent;
    private JsonNode ticket;

    @BeforeEach
    void aResolvedTicket() {
        people = new People(api);
        sent = new SentMail(mail, jdbc);
        customer = people.customer();
        agent = people.agent();
        ticket = TicketMother.openedBy(customer, "Monitor flickers " + People.unique());
        TicketMother.changed(agent, id(), Map.of("status", "resolved"));
    }

    @Test
    void theRequesterRatesFromTheEmailedLinkAndTheRatingIsOnTheTicket() {
        String link = ratingLink();
        var browser = new WebSession(baseUrl());

        var page = browser.get(link + "?score=bad");
        var rated = browser.post(link, Map.of("score", "GOOD", "comment", "Quick and kind"));

        assertThat(page.html()).contains("Monitor flickers", "value=\"BAD\" id=\"score-bad\" checked");
        assertThat(rated.html()).contains("Thank you for your rating!");
        var satisfaction = agent.api().get("/api/v1/tickets/" + id() + "/satisfaction").json();
        assertThat(satisfaction.get("score").asString()).isEqualTo("GOOD");
        assertThat(satisfaction.get("comment").asString()).isEqualTo("Quick and kind");
    }

    @Test
    void openingTheLinkAloneRecordsNothing() {
        new WebSession(baseUrl()).get(ratingLink() + "?score=good");

        assertThat(agent.api().get("/api/v1/tickets/" + id() + "/satisfaction").status()).isEqualTo(404);
    }

    @Test
    void aTicketIsRatedOnce() {
        String link = ratingLink();
        var browser = new WebSession(baseUrl());
        browser.get(link);
        browser.post(link, Map.of("score", "GOOD"));

        var second = browser.post(link, Map.of("score", "BAD", "comment", "changed my mind"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(agent.api().get("/api/v1/tickets/" + id() + "/satisfaction").json().get("score").asString())
                .isEqualTo("GOOD");
    }

    @Test
    void theRequesterIsAskedOnceEvenWhenTheTicketIsResolvedAgain() throws Exception {
        ratingLink();
        TicketMother.changed(agent, id(), Map.of("status", "open"));
        TicketMother.changed(agent, id(), Map.of("status", "resolved"));
        Thread.sleep(1500);

        assertThat(jdbc.queryForObject("select count(*) from email_outbox where event_key = ?", Integer.class,
                "portal-rating:" + id())).isEqualTo(1);
    }

    @Test
    void theRequesterRatesInThePortalToo() {
        ratingLink();
        var session = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);
        var before = session.get("/portal/requests/" + number());

        session.post("/portal/requests/" + number() + "/rating", Map.of("score", "BAD", "comment", "Took a week"));

        assertThat(before.html()).contains("How would you rate the help you got?");
        assertThat(session.get("/portal/requests/" + number()).html()).contains("Your rating", "Took a week")
                .doesNotContain("How would you rate the help you got?");
    }

    @Test
    void onlyTheRequesterRates() {
        long organization = people.organization(true);
        var requester = people.customerOf(organization);
        var colleague = people.customerOf(organization);
        var shared = TicketMother.openedBy(requester, "Shared printer " + People.unique());
        TicketMother.changed(agent, shared.get("id").asLong(), Map.of("status", "resolved"));
        var session = WebSession.signedIn(baseUrl(), "/portal/login", colleague.email(), People.PASSWORD);

        var page = session.get("/portal/requests/" + shared.get("number").asLong());
        session.post("/portal/requests/" + shared.get("number").asLong() + "/rating", Map.of("score", "BAD"));

        assertThat(page.html()).doesNotContain("How would you rate");
        assertThat(agent.api().get("/api/v1/tickets/" + shared.get("id").asLong() + "/satisfaction").status())
                .isEqualTo(404);
    }

    @Test
    void aColleagueWhoFollowsTheRequestDoesNotReadTheRequestersRating() {
        long organization = people.organization(true);
        var requester = people.customerOf(organization);
        var colleague = people.customerOf(organization);
        var shared = TicketMother.openedBy(requester, "Shared scanner " + People.unique());
        long number = shared.get("number").asLong();
        TicketMother.changed(agent, shared.get("id").asLong(), Map.of("status", "resolved"));
        WebSession.signedIn(baseUrl(), "/portal/login", requester.email(), People.PASSWORD)
                .post("/portal/requests/" + number + "/rating", Map.of("score", "BAD", "comment", "Nobody called me back"));
        var session = WebSession.signedIn(baseUrl(), "/portal/login", colleague.email(), People.PASSWORD);
        session.post("/portal/requests/" + number + "/follow", Map.of("following", "true"));

        var page = session.get("/portal/requests/" + number);
        var throughTheApi = colleague.api().get("/api/v1/tickets/" + shared.get("id").asLong() + "/satisfaction");

        assertThat(page.html()).contains("Shared scanner").doesNotContain("Your rating", "Nobody called me back");
        assertThat(throughTheApi.status()).isEqualTo(404);
        assertThat(requester.api().get("/api/v1/tickets/" + shared.get("id").asLong() + "/satisfaction").json()
                .get("comment").asString()).isEqualTo("Nobody called me back");
    }

    @Test
    void administratorsSeeEveryRating() {
        String link = ratingLink();
        var browser = new WebSession(baseUrl());
        browser.get(link);
        browser.post(link, Map.of("score", "BAD", "comment", "Nobody answered for days"));
        var admin = WebSession.signedIn(baseUrl(), "/login", org.tessera.support.Api.ADMIN_EMAIL,
                org.tessera.support.Api.ADMIN_PASSWORD);

        var list = admin.get("/admin/ratings?score=BAD");

        assertThat(list.html()).contains("Nobody answered for days", "#" + number());
        assertThat(people.admin().get("/api/v1/satisfaction?score=BAD").text()).contains("Nobody answered for days");
        assertThat(customer.api().get("/api/v1/satisfaction").status()).isEqualTo(403);
        assertThat(people.customer().api().get("/api/v1/tickets/" + id() + "/satisfaction").status()).isEqualTo(404);
        assertThat(WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD).get("/admin/ratings")
                .status()).isEqualTo(403);
    }

    @Test
    void aMadeUpRatingLinkIsNotFound() {
        assertThat(new WebSession(baseUrl()).get("/portal/rate/" + org.tessera.portal.internal.Tokens.generate())
                .status()).isEqualTo(404);
    }

    /** The link in the rating email, which is queued in the outbox soon after the ticket is resolved. */
    private String ratingLink() {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        Optional<String> link = Optional.empty();
        while (link.isEmpty() && Instant.now().isBefore(until)) {
            link = sent.lastLink(customer.email(), "/portal/rate/");
            if (link.isEmpty()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return link.orElseThrow(() -> new AssertionError("No rating email to " + customer.email() + ": "
                + sent.to(customer.email())));
    }

    private long id() {
        return ticket.get("id").asLong();
    }

    private long number() {
        return ticket.get("number").asLong();
    }
}
