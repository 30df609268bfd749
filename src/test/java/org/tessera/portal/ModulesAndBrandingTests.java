package org.tessera.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;
import org.tessera.web.Branding;
import org.tessera.web.Modules;

/**
 * An administrator renames modules, switches them off and brands Tessera: every face follows at once. The shared
 * settings are put back after each test.
 */
class ModulesAndBrandingTests extends IntegrationTest {

    @Autowired
    Modules modules;
    @Autowired
    Branding branding;

    private WebSession admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = WebSession.signedIn(baseUrl(), "/login", Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void putEverythingBack() {
        modules.known().forEach(m -> modules.change(m.key(), true, null, null));
        branding.describe(null, null, null);
        branding.removeLogo();
    }

    @Test
    void aKnowledgeBaseSwitchedOffVanishesFromEveryFace() {
        var people = new People(api);
        var agent = people.agent();
        var ticket = TicketMother.openedBy(people.customer(), "Where is the manual " + People.unique());
        var agentSession = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);

        saveModules(Map.of("knowledge", false));

        assertThat(new WebSession(baseUrl()).get("/portal/kb").status()).isEqualTo(404);
        assertThat(new WebSession(baseUrl()).get("/portal/kb/suggestions?subject=vpn").status()).isEqualTo(404);
        assertThat(agent.api().get("/api/v1/kb/articles").status()).isEqualTo(404);
        assertThat(agentSession.get("/kb").status()).isEqualTo(404);
        assertThat(agentSession.get("/tickets/" + ticket.get("number").asLong()).html()).doesNotContain("Insert article");
        assertThat(agentSession.get("/tickets").html()).doesNotContain("href=\"/kb\"");
        var portalHome = new WebSession(baseUrl()).get("/portal");
        assertThat(portalHome.html()).doesNotContain("href=\"/portal/kb\"", "Search the knowledge base");

        saveModules(Map.of());

        assertThat(agentSession.get("/tickets/" + ticket.get("number").asLong()).html()).contains("Insert article");
        assertThat(new WebSession(baseUrl()).get("/portal/kb").status()).isEqualTo(200);
    }

    @Test
    void aPortalSwitchedOffAnswersNotFoundAndCustomersLandOnTheirAccount() {
        var customer = new People(api).customer();

        saveModules(Map.of("portal", false));

        assertThat(new WebSession(baseUrl()).get("/portal").status()).isEqualTo(404);
        var signedIn = new WebSession(baseUrl());
        signedIn.get("/login");
        signedIn.post("/login", Map.of("username", customer.email(), "password", People.PASSWORD));
        assertThat(signedIn.get("/").location()).endsWith("/account");
    }

    @Test
    void formsAndRatingsSwitchedOffVanishToo() {
        saveModules(Map.of("forms", false, "satisfaction", false));

        assertThat(new WebSession(baseUrl()).get("/portal/forms/request").status()).isEqualTo(404);
        assertThat(admin.get("/admin/forms").status()).isEqualTo(404);
        assertThat(admin.get("/admin/ratings").status()).isEqualTo(404);
        assertThat(admin.get("/admin/users").html()).doesNotContain("href=\"/admin/forms\"", "href=\"/admin/ratings\"");
    }

    @Test
    void ticketsRenamedToRequestsReadSoInTheMenuAndTheList() {
        var page = admin.get("/admin/branding");
        var names = new LinkedHashMap<String, String>();
        names.put("nameEn.tickets", "Requests");
        names.put("namePt.tickets", "Solicitações");
        names.put("on.portal", "true");
        names.put("on.knowledge", "true");
        names.put("on.forms", "true");
        names.put("on.satisfaction", "true");

        admin.post("/admin/branding/modules", names);

        assertThat(page.status()).isEqualTo(200);
        assertThat(admin.get("/tickets").html()).contains(">Requests<");
        assertThat(admin.get("/tickets?lang=pt").html()).contains(">Solicitações<");
    }

    @Test
    void eachNameFieldShowsTheModulesOwnNameInItsLanguage() {
        var page = admin.get("/admin/branding?lang=en");

        var html = org.jsoup.Jsoup.parse(page.html());
        assertThat(html.select("input[name=nameEn.portal]").attr("placeholder")).isEqualTo("Customer portal");
        assertThat(html.select("input[name=namePt.portal]").attr("placeholder")).isEqualTo("Portal do cliente");
    }

    @Test
    void theProductNameAndColoursShowOnEveryFace() {
        var saved = admin.post("/admin/branding", Map.of("productName", "Acme Help", "primaryColor", "#AA3300",
                "headerColor", "#fff"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(new WebSession(baseUrl()).get("/portal").html()).contains("Acme Help");
        assertThat(admin.get("/tickets").html()).contains("Acme Help", "navbar-light");
        var signIn = org.jsoup.Jsoup.parse(new WebSession(baseUrl()).get("/login").html());
        assertThat(signIn.title()).isEqualTo("Sign in · Acme Help");
        assertThat(signIn.select("h1").text()).isEqualTo("Sign in to Acme Help");
        assertThat(org.jsoup.Jsoup.parse(admin.get("/admin/rules").html()).title()).isEqualTo("Rules · Acme Help");
        String css = new WebSession(baseUrl()).get("/branding/style.css").html();
        assertThat(css).contains("--bs-primary:#aa3300", "--tessera:#ffffff");
    }

    @Test
    void aColourThatIsNotOneIsRefused() {
        var refused = admin.post("/admin/branding", Map.of("productName", "X", "primaryColor", "red;} body{display:none",
                "headerColor", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("must be a colour");
        assertThat(branding.brand().productName()).isEqualTo("Tessera");
    }

    @Test
    void onlyImagesAreLogos() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        branding.changeLogo(png);

        var logo = new WebSession(baseUrl()).get("/branding/logo");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/png");
        assertThat(logo.header("Content-Security-Policy")).contains("sandbox");
        assertThat(new WebSession(baseUrl()).get("/portal").html()).contains("/branding/logo?v=");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> branding.changeLogo("<html>hi</html>".getBytes()))
                .isInstanceOf(org.tessera.shared.InvalidInput.class);
    }

    @Test
    void onlyAdministratorsChangeTheBranding() {
        var agent = new People(api).agent();
        var agentSession = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);
        agentSession.get("/tickets");

        var refused = agentSession.post("/admin/branding", Map.of("productName", "Hacked"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(branding.brand().productName()).isEqualTo("Tessera");
    }

    private void saveModules(Map<String, Boolean> off) {
        admin.get("/admin/branding");
        var form = new LinkedHashMap<String, String>();
        for (String key : new String[] {"portal", "forms", "knowledge", "satisfaction"}) {
            if (!off.containsKey(key)) {
                form.put("on." + key, "true");
            }
        }
        var saved = admin.post("/admin/branding/modules", form);
        assertThat(saved.status()).isEqualTo(302);
    }
}
