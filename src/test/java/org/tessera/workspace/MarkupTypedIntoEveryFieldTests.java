package org.tessera.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.email.Inbox;
import org.tessera.email.Mails;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.TicketMother;

/**
 * Markup typed into every field a page shows (a person's name, an organization, a subject, a description, a reply, a
 * note, an article, an HTML email) is shown as text on the agent's pages and in the portal, never run.
 */
class MarkupTypedIntoEveryFieldTests extends IntegrationTest {

    private People people;
    private String word;
    private String email;
    private long number;
    private WebSession agent;

    @BeforeEach
    void aTicketFullOfMarkup() {
        people = new People(api);
        word = TicketMother.uniqueWord();
        var organization = people.admin().post("/api/v1/organizations", Map.of("name",
                "<script>alert('org')</script> " + word, "sharesTickets", true)).json().get("id").asLong();
        email = "markup-" + People.unique() + "@example.com";
        var user = new LinkedHashMap<String, Object>();
        user.put("email", email);
        user.put("name", "<img src=x onerror=alert('name')>");
        user.put("role", "CUSTOMER");
        user.put("organizationId", organization);
        user.put("password", People.PASSWORD);
        people.admin().post("/api/v1/users", user);
        var customer = people.admin().as(people.admin().tokenFor(email, People.PASSWORD));
        var ticket = customer.post("/api/v1/tickets", Map.of("subject", "<script>alert('subject')</script> " + word,
                "description", "<iframe src=javascript:alert('description')></iframe>")).json();
        number = ticket.get("number").asLong();
        var staff = people.agent();
        TicketMother.messagePosted(staff, ticket.get("id").asLong(), "<svg onload=alert('reply')>", "PUBLIC");
        TicketMother.messagePosted(staff, ticket.get("id").asLong(), "<body onload=alert('note')>", "INTERNAL");
        agent = WebSession.signedIn(baseUrl(), "/login", staff.email(), People.PASSWORD);
    }

    @Test
    void theAgentsTicketPageAndListShowItAsText() {
        var page = agent.get("/tickets/" + number);
        var list = agent.get("/tickets?q=" + word);

        assertThat(page.html()).contains("&lt;script&gt;alert(", "&lt;iframe src=javascript:alert(",
                "&lt;svg onload=alert(", "&lt;body onload=alert(", "&lt;img src=x onerror=alert(");
        assertThat(list.html()).contains("&lt;script&gt;alert(");
        assertThat(List.of(page.html(), list.html())).allSatisfy(MarkupTypedIntoEveryFieldTests::hasNoLiveMarkup);
    }

    @Test
    void thePortalShowsItAsText() {
        var portal = WebSession.signedIn(baseUrl(), "/portal/login", email, People.PASSWORD);

        var page = portal.get("/portal/requests/" + number);
        var list = portal.get("/portal/requests?state=all");
        var organization = portal.get("/portal/requests?show=organization&state=all");

        assertThat(page.html()).contains("&lt;script&gt;alert(", "&lt;svg onload=alert(");
        assertThat(List.of(page.html(), list.html(), organization.html()))
                .allSatisfy(MarkupTypedIntoEveryFieldTests::hasNoLiveMarkup);
    }

    @Test
    void anArticleTitleIsTextInTheKnowledgeBase() {
        people.agent().api().post("/api/v1/kb/articles", Map.of("title", "<script>alert('title')</script> " + word,
                "body", "Steps for " + word + " <img src=x onerror=alert('body')>", "audience", "PUBLIC",
                "published", true));
        var reader = new WebSession(baseUrl());

        var index = reader.get("/portal/kb");
        var search = reader.get("/portal/kb/search?q=" + word);
        var suggestions = reader.get("/portal/kb/suggestions?subject=" + word);
        var agents = agent.get("/kb?q=" + word);

        assertThat(search.html()).contains("&lt;script&gt;alert(");
        assertThat(List.of(index.html(), search.html(), suggestions.html(), agents.html()))
                .allSatisfy(MarkupTypedIntoEveryFieldTests::hasNoLiveMarkup);
    }

    @Test
    void anHtmlEmailIsShownWithoutItsScripts() {
        var intake = people.agent().api();
        var mail = Mails.from("html-" + People.unique() + "@example.org").to("support@localhost").subject("Invoice")
                .html("<p onclick=\"alert('click')\">Pay <b>now</b></p><script>alert('mail')</script>"
                        + "<img src=x onerror=\"alert('img')\"><a href=\"javascript:alert('link')\">here</a>"
                        + "<form action=\"https://evil.example\"><input name=card></form>"
                        + "<iframe src=\"https://evil.example\"></iframe>");
        long mailNumber = Inbox.deliver(intake, mail).json().get("ticketNumber").asLong();

        var page = agent.get("/tickets/" + mailNumber);

        assertThat(page.html()).contains("Pay <b>now</b>");
        hasNoLiveMarkup(page.html());
        assertThat(page.html()).doesNotContain("alert('click')", "alert('mail')", "alert('img')", "alert('link')",
                "evil.example", "name=\"card\"");
    }

    /** As the browser would read the page: no script, handler, frame or script link carries what was typed. */
    private static void hasNoLiveMarkup(String html) {
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                boolean handler = attribute.getKey().toLowerCase().startsWith("on");
                boolean scriptLink = attribute.getValue().strip().toLowerCase().startsWith("javascript:");
                assertThat((handler || scriptLink) && attribute.getValue().contains("alert("))
                        .as("live attribute %s on <%s>", attribute, element.tagName()).isFalse();
            }
        }
        assertThat(page.select("script").stream().map(Element::data)).noneMatch(code -> code.contains("alert("));
        assertThat(page.select("iframe, object, embed, form[action*=evil]")).isEmpty();
    }
}
