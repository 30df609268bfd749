package org.tessera.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.support.BrowserTest;
import org.tessera.support.People;
import org.tessera.support.People.Person;

/**
 * An agent on a 390 px wide phone reads the ticket list and a ticket without the page sliding sideways: long
 * subjects wrap, the columns that matter least stay hidden, and the views, filters and buttons fit the screen.
 */
class TheListOnAPhoneTests extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SENTENCE = "Printer on the third floor jams whenever anyone prints a double-sided "
            + "report from the accounting application ";
    // One long word with nothing to break it at: a path pasted into the subject, as customers do.
    private static final String PATH = "\\\\fileserver01.corp.example\\finance\\quarterly-reports\\"
            + "2026-Q3-consolidated-balance-sheet-final-v7.xlsx";

    @Test
    void theListFitsTheScreen() {
        var agent = new People(api).agent();
        ticketAssignedTo(agent, SENTENCE + People.unique(), List.of("printer", "third-floor"));
        ticketAssignedTo(agent, "Cannot open " + PATH + " " + People.unique(), List.of());
        ticketAssignedTo(agent, "VPN drops every hour " + People.unique(), List.of("network"));
        useAPhone();
        signIn(agent.email(), People.PASSWORD);

        open("/tickets");

        assertThat(page.locator("#results tbody tr")).hasCount(3);
        assertThat(page.locator("#results")).containsText("Cannot open");
        screenshot("tickets-phone");
        assertThePageDoesNotScrollSideways();
        assertThat(page.locator("#results .table-responsive").evaluate("box => box.scrollWidth <= box.clientWidth"))
                .as("the list is read without swiping the table sideways").isEqualTo(true);
    }

    @Test
    void aDesktopStillShowsEveryColumn() {
        var agent = new People(api).agent();
        ticketAssignedTo(agent, SENTENCE + People.unique(), List.of());
        signIn(agent.email(), People.PASSWORD);

        open("/tickets");

        assertThat(page.locator("#results thead th:visible")).hasText(new String[] {
                "Pri", "#", "Subject", "Requester", "Status", "Assignee", "Team", "Updated", "SLA"});
    }

    @Test
    void allTheFiltersAndTheNextPageFitTheScreenToo() {
        var agent = new People(api).agent();
        for (int i = 0; i < 51; i++) {
            ticketAssignedTo(agent, "Password reset " + i, List.of());
        }
        useAPhone();
        signIn(agent.email(), People.PASSWORD);
        open("/tickets");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More filters")).click();
        assertThat(page.locator("#more-filters")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator("#results")).containsText("51–51 of 51");

        // The whole page of fifty rows is too tall to look at: these are the parts that changed.
        page.locator("#filters").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("filters-phone.png")));
        page.locator("#results").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("next-page-phone.png")));
        assertThePageDoesNotScrollSideways();
    }

    @Test
    void aTicketWithALongSubjectFitsTheScreen() {
        var agent = new People(api).agent();
        long number = ticketAssignedTo(agent, "Cannot open " + PATH + " " + People.unique(), List.of("finance"));
        useAPhone();
        signIn(agent.email(), People.PASSWORD);

        open("/tickets/" + number);

        assertThat(page.locator("#ticket-header h1")).containsText("Cannot open");
        screenshot("ticket-phone");
        assertThePageDoesNotScrollSideways();
    }

    private long ticketAssignedTo(Person agent, String subject, List<String> tags) {
        var response = agent.api().post("/api/v1/tickets", Map.of("subject", subject,
                "description", "Since Monday.\nSee " + PATH, "requesterEmail",
                "maria-fernanda-" + People.unique() + "@albuquerque-and-partners.example",
                "requesterName", "Maria Fernanda Albuquerque de Souza", "assigneeId", agent.id(), "tags", tags));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("number").asLong();
    }

    /**
     * The page is no wider than the phone. A phone's browser zooms out a page that is too wide until it fits, and
     * window.innerWidth grows with it, so the page is measured against the width of the phone itself too.
     */
    private void assertThePageDoesNotScrollSideways() {
        var widths = (Map<?, ?>) page.evaluate(
                "() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth })");
        int phone = page.viewportSize().width;
        assertThat(List.of(widths.get("page"), widths.get("window")))
                .as("page and window on a %s px phone; sticking out: %s", phone, whatSticksOut())
                .allSatisfy(width -> assertThat((Integer) width).isLessThanOrEqualTo(phone));
    }

    /**
     * The first few innermost elements past the right edge of the phone, leaving out those inside a box that
     * scrolls or clips them (a wide table in its own .table-responsive is fine): where to look when the page is
     * too wide.
     */
    private Object whatSticksOut() {
        return page.evaluate("""
                () => {
                  const out = e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1;
                  const clipped = e => {
                    for (let a = e.parentElement; a; a = a.parentElement) {
                      if (getComputedStyle(a).overflowX !== 'visible') return true;
                    }
                    return false;
                  };
                  const all = [...document.body.querySelectorAll('*')].filter(e => out(e) && !clipped(e));
                  return all.filter(e => !all.some(d => d !== e && e.contains(d))).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + [...e.classList].map(c => '.' + c).join('')
                      + ' (to ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                }
                """);
    }
}
