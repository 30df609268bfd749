package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.portal.internal.OutboxMail;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/**
 * Sign-up proves the address before there is an account: the link in the email is the proof. The same way serves a
 * person the helpdesk already knows from their emails, and one who forgot their password.
 */
class SigningUpTests extends IntegrationTest {

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
    void noAccountExistsUntilTheLinkIsOpenedAndAPasswordChosen() {
        String email = "joana-" + People.unique() + "@example.org";
        var browser = new WebSession(baseUrl());
        browser.get("/portal/signup");

        browser.post("/portal/signup", Map.of("name", "Joana Lima", "email", email));
        var before = people.admin().get("/api/v1/users?q=" + email).json();
        String link = sent.link(email, "/portal/password/");
        browser.get(link);
        var chosen = browser.post(link, Map.of("password", "joana-secret", "repeatPassword", "joana-secret"));

        assertThat(before).isEmpty();
        assertThat(chosen.status()).isEqualTo(302);
        var created = people.admin().get("/api/v1/users?q=" + email).json().get(0);
        assertThat(created.get("name").asString()).isEqualTo("Joana Lima");
        assertThat(created.get("role").asString()).isEqualTo("CUSTOMER");
        assertThat(WebSession.signedIn(baseUrl(), "/portal/login", email, "joana-secret").get("/portal/requests")
                .status()).isEqualTo(200);
    }

    @Test
    void someoneKnownFromTheirEmailsClaimsTheirAccountAndSeesTheirEarlierRequests() {
        String email = "known-" + People.unique() + "@example.org";
        var agent = people.agent();
        var ticket = agent.api().post("/api/v1/tickets", Map.of("subject", "Sent by email earlier", "requesterEmail", email))
                .json();
        var browser = new WebSession(baseUrl());

        browser.post("/portal/signup", Map.of("name", "Known", "email", email));
        String link = sent.link(email, "/portal/password/");
        browser.get(link);
        browser.post(link, Map.of("password", "known-secret", "repeatPassword", "known-secret"));

        assertThat(browser.get("/portal/requests").html()).contains("Sent by email earlier");
        assertThat(browser.get("/portal/requests/" + ticket.get("number").asLong()).status()).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheLink() {
        var customer = people.customer();
        var browser = new WebSession(baseUrl());

        browser.post("/portal/password", Map.of("email", customer.email(), "reset", "true"));
        String link = sent.link(customer.email(), "/portal/password/");
        browser.get(link);
        browser.post(link, Map.of("password", "brand-new-secret", "repeatPassword", "brand-new-secret"));

        assertThat(sent.to(customer.email()).get(0)).contains("new password");
        WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), "brand-new-secret");
    }

    @Test
    void passwordsThatDifferOrAreTooShortAreRefusedAndTheLinkStaysUsable() {
        String email = "short-" + People.unique() + "@example.org";
        var browser = new WebSession(baseUrl());
        browser.post("/portal/signup", Map.of("email", email));
        String link = sent.link(email, "/portal/password/");
        browser.get(link);

        var differ = browser.post(link, Map.of("password", "long-enough-1", "repeatPassword", "long-enough-2"));
        var tooShort = browser.post(link, Map.of("password", "short", "repeatPassword", "short"));
        var good = browser.post(link, Map.of("password", "long-enough-1", "repeatPassword", "long-enough-1"));

        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.html()).contains("The two passwords differ.");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.html()).contains("at least 8 characters");
        assertThat(good.status()).isEqualTo(302);
    }

    @Test
    void anAgentsAccountCannotBeTakenOverThroughThePortal() {
        var agent = people.agent();

        new WebSession(baseUrl()).post("/portal/password", Map.of("email", agent.email(), "reset", "true"));

        assertThat(sent.to(agent.email())).isEmpty();
    }

    @Test
    void theHoneypotTurnsAwayScriptsWithoutAWord() {
        String email = "bot-" + People.unique() + "@example.org";

        var answer = new WebSession(baseUrl()).post("/portal/signup",
                Map.of("email", email, "website", "http://spam.example"));

        assertThat(answer.html()).contains("Check your email");
        assertThat(sent.to(email)).isEmpty();
    }

    @Test
    void portugueseSpeakersSignUpInPortuguese() {
        String email = "paulo-" + People.unique() + "@example.org";
        var browser = new WebSession(baseUrl());
        browser.get("/portal/signup?lang=pt");

        var page = browser.post("/portal/signup", Map.of("email", email));

        assertThat(page.html()).contains("Veja seu email");
        assertThat(sent.to(email).get(0)).contains("Confirme seu endereço");
    }
}
