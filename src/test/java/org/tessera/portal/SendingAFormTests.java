package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tessera.identity.Directory;
import org.tessera.portal.internal.OutboxMail;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/**
 * The portal's forms for people who have not signed in: the request waits until its sender confirms their address,
 * and scripts are turned away by defences a person never notices.
 */
class SendingAFormTests extends IntegrationTest {

    private static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");

    @Autowired
    OutboxMail mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebForms forms;
    @Autowired
    Directory directory;

    private People people;
    private SentMail sent;

    @BeforeEach
    void setUp() {
        people = new People(api);
        sent = new SentMail(mail, jdbc);
    }

    @Test
    void aRequestIsOpenedOnlyOnceItsSenderConfirmsTheirAddress() throws Exception {
        String email = "visitor-" + People.unique() + "@example.net";
        String word = org.tessera.support.TicketMother.uniqueWord();
        String subject = "Cannot log in " + word;
        var browser = new WebSession(baseUrl());

        var answer = send(browser, "/portal/forms/request", Map.of("email", email, "name", "Vera Costa",
                "subject", subject, "description", "It says my password is wrong."));
        String link = sent.link(email, "/portal/confirm/");
        var before = people.admin().get("/api/v1/tickets?q=" + word).json().get("items");
        var confirmation = browser.get(link);
        var confirmed = browser.post(link, Map.of());

        assertThat(answer.html()).contains("Check your email");
        assertThat(before).isEmpty();
        assertThat(confirmation.html()).contains(subject);
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).contains("/portal/requests/").contains("created");
        var ticket = people.admin().get("/api/v1/tickets?q=" + word).json().get("items").get(0);
        assertThat(ticket.get("requester").get("email").asString()).isEqualTo(email);
        assertThat(browser.get(confirmed.location().replaceFirst("^https?://[^/]+", "")).html()).contains(subject);
    }

    @Test
    void aConfirmationLinkOpensOneRequestOnly() throws Exception {
        String email = "twice-" + People.unique() + "@example.net";
        String word = org.tessera.support.TicketMother.uniqueWord();
        var browser = new WebSession(baseUrl());
        send(browser, "/portal/forms/request", Map.of("email", email, "subject", "Once " + word, "description", "x"));
        String link = sent.link(email, "/portal/confirm/");
        browser.get(link);
        browser.post(link, Map.of());

        var again = new WebSession(baseUrl());
        var page = again.get(link);
        var second = again.post(link, Map.of());

        assertThat(page.html()).contains("confirmed already");
        assertThat(second.status()).isEqualTo(404);
        assertThat(people.admin().get("/api/v1/tickets?q=" + word).json().get("items")).hasSize(1);
    }

    @Test
    void aRequiredFieldLeftEmptyIsRefusedWithTheReasonBesideIt() throws Exception {
        var browser = new WebSession(baseUrl());

        var answer = send(browser, "/portal/forms/request", Map.of("email", "not-an-address", "subject", "",
                "description", ""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html()).contains("Please enter an email address such as", "Please fill this in.");
    }

    @Test
    void theHoneypotSendsNothingAndTellsTheScriptNothing() throws Exception {
        String email = "bot-" + People.unique() + "@example.net";
        var browser = new WebSession(baseUrl());

        var answer = send(browser, "/portal/forms/request", Map.of("email", email, "subject", "Cheap pills",
                "description", "buy", "website", "http://pills.example"));

        assertThat(answer.html()).contains("Check your email");
        assertThat(sent.to(email)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from portal_pending_request where email = ?", Integer.class,
                email)).isZero();
    }

    @Test
    void aFormSentFasterThanAPersonCouldIsAskedForAgain() {
        String email = "fast-" + People.unique() + "@example.net";
        var browser = new WebSession(baseUrl());
        var form = browser.get("/portal/forms/request");

        var answer = browser.post("/portal/forms/request", Map.of("email", email, "subject", "Fast", "description", "x",
                "stamp", stamp(form.html())));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html()).contains("sent too quickly");
        assertThat(sent.to(email)).isEmpty();
    }

    @Test
    void aForgedStampIsRefused() {
        String email = "forged-" + People.unique() + "@example.net";
        var browser = new WebSession(baseUrl());
        browser.get("/portal/forms/request");

        var answer = browser.post("/portal/forms/request", Map.of("email", email, "subject", "Forged",
                "description", "x", "stamp", "1:1:abc"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(sent.to(email)).isEmpty();
    }

    @Test
    void oneAddressCannotBeFloodedWithConfirmations() throws Exception {
        String email = "flood-" + People.unique() + "@example.net";
        var browser = new WebSession(baseUrl());
        int status = 0;

        for (int i = 0; i < 6; i++) {
            status = send(browser, "/portal/forms/request", Map.of("email", email, "subject", "Flood " + i,
                    "description", "x")).status();
        }

        assertThat(status).isEqualTo(429);
        assertThat(sent.to(email)).hasSize(5);
    }

    @Test
    void aFormForSignedInCustomersSendsOthersToSignIn() {
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        String field = PortalFixtures.textField(people.admin(), "question", "Contract");
        var form = PortalFixtures.formWith(forms, directory.actor(adminId), "question", field, FormAccess.SIGNED_IN);
        var browser = new WebSession(baseUrl());

        var page = browser.get(form.path());
        var post = browser.post(form.path(), Map.of("subject", "Sneaky", "email", "x@example.net"));

        assertThat(page.html()).contains("Please sign in to send this form.").doesNotContain("name=\"subject\"");
        assertThat(post.status()).isEqualTo(302);
        assertThat(post.location()).endsWith("/portal/login");
    }

    @Test
    void theAddressOtherHelpdesksUseForANewRequestLeadsToTheForm() {
        var page = new WebSession(baseUrl()).get("/portal/requests/new");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/portal/new");
    }

    @Test
    void anEmbeddedFormMayBeFramedOnlyThereAndWorksWithoutASession() throws Exception {
        var browser = new WebSession(baseUrl());
        String email = "embedded-" + People.unique() + "@example.net";

        var embedded = browser.get("/portal/forms/request/embed");
        var portalPage = browser.get("/portal/forms/request");
        Thread.sleep(2100);
        var sentFromFrame = browser.postWithoutToken("/portal/forms/request/embed", Map.of("email", email,
                "subject", "From our website", "description", "x", "stamp", stamp(embedded.html())));

        assertThat(embedded.header("Content-Security-Policy")).isEqualTo("frame-ancestors *");
        assertThat(embedded.header("X-Frame-Options")).isNull();
        assertThat(portalPage.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(sentFromFrame.status()).isEqualTo(200);
        assertThat(sentFromFrame.html()).contains("Check your email");
        assertThat(sent.to(email)).hasSize(1);
    }

    @Test
    void theTextAboveAFormIsMarkdownShownSafely() {
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        var admin = directory.actor(adminId);
        var created = forms.create("Returns " + People.unique(), "question", admin);
        forms.update(created.id(), new WebFormChanges(created.name(), created.key(),
                "Tell us **which order**:\n\n- its number\n- the item\n\n<script>alert(1)</script>", "question",
                FormAccess.VERIFIED_EMAIL, true, true, List.of(), created.fields(), null), admin);

        for (String path : List.of(created.path(), created.embedPath())) {
            var page = new WebSession(baseUrl()).get(path);

            assertThat(page.html()).contains("<strong>which order</strong>").contains("<li>its number</li>");
            assertThat(page.html()).doesNotContain("alert(1)").doesNotContain("**which order**");
        }
    }

    @Test
    void theSitesAFormNamesAreTheOnlyOnesThatMayFrameIt() {
        long adminId = people.admin().get("/api/v1/users/me").json().get("id").asLong();
        var admin = directory.actor(adminId);
        var created = forms.create("Website form " + People.unique(), "question", admin);
        forms.update(created.id(), new WebFormChanges(created.name(), created.key(), "", "question",
                FormAccess.VERIFIED_EMAIL, false, true, java.util.List.of("https://www.example.com", "https://*.shop.example"),
                created.fields(), null), admin);

        var embedded = new WebSession(baseUrl()).get(created.embedPath());

        assertThat(embedded.header("Content-Security-Policy"))
                .isEqualTo("frame-ancestors https://www.example.com https://*.shop.example");
    }

    /** Shows the form, waits as a person would, and sends it with the form's stamp. */
    private static WebSession.Page send(WebSession browser, String path, Map<String, String> fields) throws Exception {
        var form = browser.get(path);
        Thread.sleep(2100);
        var all = new LinkedHashMap<>(fields);
        all.put("stamp", stamp(form.html()));
        return browser.post(path, all);
    }

    private static String stamp(String html) {
        Matcher m = STAMP.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No stamp in the form");
        }
        return m.group(1);
    }
}
