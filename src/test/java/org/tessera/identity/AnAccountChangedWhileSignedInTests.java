package org.tessera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.portal.WebSession;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;
import org.tessera.support.TicketMother;

/**
 * An administrator switches an account off, or takes a role away, while its owner is signed in in a browser: the open
 * session must not keep what the account no longer has.
 */
class AnAccountChangedWhileSignedInTests extends IntegrationTest {

    @Autowired
    UserManagement users;

    @Autowired
    Directory directory;

    private People people;
    private Actor admin;

    @BeforeEach
    void anAdministrator() {
        people = new People(api);
        admin = directory.actor(people.admin().get("/api/v1/users/me").json().get("id").asLong());
    }

    @Test
    void anAgentSwitchedOffLosesTheirOpenSession() {
        var agent = people.agent();
        long number = TicketMother.openedBy(people.customer(), "Payroll export").get("number").asLong();
        var browser = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);
        assertThat(browser.get("/tickets/" + number).status()).isEqualTo(200);

        switchOff(agent, Role.AGENT);
        var page = browser.get("/tickets/" + number);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(page.html()).doesNotContain("Payroll export");
    }

    @Test
    void aCustomerSwitchedOffLosesTheirPortalSession() {
        var customer = people.customer();
        long number = TicketMother.openedBy(customer, "My invoice").get("number").asLong();
        var browser = WebSession.signedIn(baseUrl(), "/portal/login", customer.email(), People.PASSWORD);
        assertThat(browser.get("/portal/requests/" + number).status()).isEqualTo(200);

        switchOff(customer, Role.CUSTOMER);
        var page = browser.get("/portal/requests/" + number);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/portal/login");
    }

    @Test
    void anAdministratorMadeAnAgentNoLongerOpensTheAdministrationPages() {
        var former = people.user("ADMIN", null);
        var browser = WebSession.signedIn(baseUrl(), "/login", former.email(), People.PASSWORD);
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);

        users.update(former.id(), new UserChanges(former.email(), "Former admin", Role.AGENT, null, true), admin);
        var userPages = browser.get("/admin/users");
        var rules = browser.get("/admin/rules");
        var tickets = browser.get("/tickets");

        assertThat(userPages.status()).isEqualTo(403);
        assertThat(rules.status()).isEqualTo(403);
        assertThat(tickets.status()).isEqualTo(200);
    }

    @Test
    void anAgentMadeACustomerNoLongerOpensTheAgentsPages() {
        var agent = people.agent();
        var browser = WebSession.signedIn(baseUrl(), "/login", agent.email(), People.PASSWORD);
        assertThat(browser.get("/tickets").status()).isEqualTo(200);

        users.update(agent.id(), new UserChanges(agent.email(), "Now a customer", Role.CUSTOMER, null, true), admin);

        assertThat(browser.get("/tickets").status()).isEqualTo(403);
        assertThat(browser.get("/kb").status()).isEqualTo(403);
    }

    private void switchOff(Person person, Role role) {
        users.update(person.id(), new UserChanges(person.email(), "Switched off", role, null, false), admin);
    }
}
