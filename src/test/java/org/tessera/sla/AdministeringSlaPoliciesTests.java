package org.tessera.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.identity.Directory;
import org.tessera.portal.WebSession;
import org.tessera.support.Api;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/** An administrator adds a policy for one organization's incidents on the SLA pages. */
class AdministeringSlaPoliciesTests extends IntegrationTest {

    @Autowired
    SlaPolicies policies;
    @Autowired
    Directory directory;

    private WebSession admin;
    private String name;
    private long organization;

    @BeforeEach
    void signedInAsAdministrator() {
        admin = WebSession.signedIn(baseUrl(), "/login", Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        name = "Incidents " + People.unique();
        organization = new People(api).organization(false);
    }

    @AfterEach
    void removeThePolicy() {
        var adminActor = directory.actor(directory.userByEmail(Api.ADMIN_EMAIL).orElseThrow().id());
        policies.all().stream().filter(p -> p.name().equals(name)).forEach(p -> policies.delete(p.id(), adminActor));
    }

    private Map<String, String> policy(String resolution) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("calendarId", "");
        form.put("warnBefore", "1h");
        form.put("typeKeys", "incident");
        form.put("organizationIds", String.valueOf(organization));
        form.put("active", "true");
        form.put("t1.FIRST_RESPONSE", "30m");
        form.put("t1.RESOLUTION", resolution);
        return form;
    }

    @Test
    void aTargetThatIsNotADurationIsRefusedAndStaysToBeCorrected() {
        admin.get("/admin/sla/policies/new");

        var refused = admin.post("/admin/sla/policies", policy("2 days"));

        assertThat(refused.status()).isEqualTo(400);
        var input = Jsoup.parse(refused.html()).selectFirst("input[name=t1.RESOLUTION]");
        assertThat(input.attr("value")).isEqualTo("2 days");
        assertThat(input.hasClass("is-invalid")).isTrue();
        assertThat(refused.html()).contains("is not a duration");
    }

    @Test
    void aPolicyAddedAfterTheCatchAllSaysItNeverAppliesUntilItIsMovedUp() {
        admin.get("/admin/sla/policies/new");
        admin.post("/admin/sla/policies", policy("4h"));
        long id = policies.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();

        var listed = Jsoup.parse(admin.get("/admin/sla").html());
        while (policies.all().get(0).id() != id) {
            admin.post("/admin/sla/policies/" + id + "/move", Map.of("direction", "-1"));
        }
        var movedUp = Jsoup.parse(admin.get("/admin/sla").html());

        var row = listed.select("#policies-table tr:has(a:containsOwn(" + name + "))");
        assertThat(row.select(".shadowed").text()).startsWith("Never applies");
        assertThat(row.text()).contains("Incident", "1 organization");
        assertThat(movedUp.select("#policies-table tr:has(a:containsOwn(" + name + ")) .shadowed")).isEmpty();
    }
}
