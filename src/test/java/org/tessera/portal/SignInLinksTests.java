package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.portal.internal.OutboxMail;
import org.tessera.portal.internal.Tokens;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/** A link by email signs a customer in: once, briefly, only for its owner, and never telling who has an account. */
class SignInLinksTests extends IntegrationTest {

    @Autowired
    OutboxMail mail;
    @Autowired
    JdbcTemplate jdbc;

    private People people;
    private SentMail sent;

    @BeforeEach
    void setUp() {
        people = new People(api);
        sent = new SentMail(mail, jdbc);
    }

    @Test
    void aCustomerSignsInWithTheLinkAndSeesTheirRequests() {
        var customer = people.customer();
        var browser = new WebSession(baseUrl());
        browser.get("/portal/signin-link");

        var asked = browser.post("/portal/signin-link", Map.of("email", customer.email()));
        String link = sent.link(customer.email(), "/portal/signin-link/");
        var confirmation = browser.get(link);
        var signedIn = browser.post(link, Map.of());

        assertThat(asked.html()).contains("Check your email");
        assertThat(confirmation.html()).contains(customer.email());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/portal/requests");
        assertThat(browser.get("/portal/requests").status()).isEqualTo(200);
    }

    @Test
    void aCustomerWhoSignsInOnTheAgentsPageLandsInThePortal() {
        var customer = people.customer();

        var session = WebSession.signedIn(baseUrl(), "/login", customer.email(), People.PASSWORD);

        assertThat(session.get("/").location()).endsWith("/portal/requests");
        assertThat(session.get("/portal/requests").status()).isEqualTo(200);
    }

    @Test
    void aLinkWorksOnce() {
        var customer = people.customer();
        var browser = new WebSession(baseUrl());
        browser.post("/portal/signin-link", Map.of("email", customer.email()));
        String link = sent.link(customer.email(), "/portal/signin-link/");
        browser.get(link);
        browser.post(link, Map.of());

        var other = new WebSession(baseUrl());
        other.get(link);
        var again = other.post(link, Map.of());

        assertThat(again.status()).isEqualTo(410);
        assertThat(other.get("/portal/requests").status()).isEqualTo(302);
    }

    @Test
    void anUnknownOrMadeUpLinkSignsNobodyIn() {
        var browser = new WebSession(baseUrl());
        browser.get("/portal");

        var madeUp = browser.post("/portal/signin-link/" + Tokens.generate(), Map.of());
        var garbage = browser.post("/portal/signin-link/not-a-token", Map.of());

        assertThat(madeUp.status()).isEqualTo(410);
        assertThat(garbage.status()).isEqualTo(410);
        assertThat(browser.get("/portal/requests").status()).isEqualTo(302);
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerAndNoEmail() {
        String nobody = "nobody-" + People.unique() + "@example.com";
        var customer = people.customer();
        var browser = new WebSession(baseUrl());

        var forNobody = browser.post("/portal/signin-link", Map.of("email", nobody));
        var forCustomer = browser.post("/portal/signin-link", Map.of("email", customer.email()));

        assertThat(forNobody.status()).isEqualTo(forCustomer.status());
        assertThat(withoutTokens(forNobody.html().replace(nobody, "X")))
                .isEqualTo(withoutTokens(forCustomer.html().replace(customer.email(), "X")));
        assertThat(sent.to(nobody)).isEmpty();
    }

    @Test
    void agentsAndAdministratorsGetNoSignInLink() {
        var agent = people.agent();

        new WebSession(baseUrl()).post("/portal/signin-link", Map.of("email", agent.email()));

        assertThat(sent.to(agent.email())).isEmpty();
    }

    @Test
    void onlyTheHashOfALinkIsStored() {
        var customer = people.customer();
        new WebSession(baseUrl()).post("/portal/signin-link", Map.of("email", customer.email()));
        String link = sent.link(customer.email(), "/portal/signin-link/");
        String token = link.substring(link.lastIndexOf('/') + 1);

        Integer clear = jdbc.queryForObject("select count(*) from portal_token where hash = ?", Integer.class, token);
        Integer hashed = jdbc.queryForObject("select count(*) from portal_token where hash = ?", Integer.class,
                Tokens.hash(token));

        assertThat(clear).isZero();
        assertThat(hashed).isEqualTo(1);
    }

    @Test
    void aScriptAskingForLinksOverAndOverIsSlowedDown() {
        var customer = people.customer();
        var browser = new WebSession(baseUrl());
        int lastStatus = 0;

        for (int i = 0; i < 6; i++) {
            lastStatus = browser.post("/portal/signin-link", Map.of("email", customer.email())).status();
        }

        assertThat(lastStatus).isEqualTo(429);
        assertThat(sent.to(customer.email())).hasSize(5);
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("value=\"[^\"]{30,}\"", "").replaceAll("data-csrf-token=\"[^\"]+\"", "");
    }
}
