package org.tessera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.TeamSummary;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.Reader;
import org.tessera.support.Credentials;
import org.tessera.support.IntegrationTest;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.TicketRow;

/** The shared test database holds other tests' tickets, so this seeds directly and looks at what was added. */
class DemoDataTests extends IntegrationTest {

    private static final Actor ADMIN = Actor.system();

    @Autowired
    DemoData demo;
    @Autowired
    TicketQueries tickets;
    @Autowired
    Conversations conversations;
    @Autowired
    Directory directory;
    @Autowired
    KnowledgeBase knowledge;

    @Test
    void seedingMakesALivedInHelpdeskThatDemoUsersSignInTo() {
        long before = tickets.search(TicketQuery.all(), 0, 1, ADMIN).total();
        Instant seededAt = Instant.now();

        demo.seed();

        assertThat(tickets.search(TicketQuery.all(), 0, 1, ADMIN).total()).isEqualTo(before + DemoData.TICKETS);
        assertThat(directory.organizations()).extracting(OrganizationSummary::name)
                .contains("Padaria Boa Vista", "Northwind Traders", "Clínica Santa Luzia", "Bluebird Logistics");
        assertThat(directory.teams()).extracting(TeamSummary::name)
                .contains("First line", "Billing", "Infrastructure");
        assertThat(Credentials.requestToken(api, "ana.souza@helpdesk.example", "tessera-demo").status())
                .isEqualTo(201);
        assertThat(Credentials.requestToken(api, "carlos.silva@padariaboavista.example", "tessera-demo").status())
                .isEqualTo(201);

        List<TicketDetails> seeded = newestTickets(DemoData.TICKETS);
        assertThat(seeded).extracting(t -> t.status().category()).contains(StatusCategory.values());
        assertThat(seeded).extracting(t -> t.type().key()).contains("question", "incident", "problem", "task");
        assertThat(seeded).anySatisfy(t -> assertThat(t.customFields()).containsKey("affected_system"));
        assertThat(seeded).anySatisfy(t -> assertThat(t.customFields()).containsKey("order_number"));
        assertThat(seeded).anySatisfy(t -> assertThat(t.followers()).isNotEmpty());
        assertThat(seeded).anySatisfy(t -> assertThat(t.createdAt()).isBefore(seededAt.minus(Duration.ofDays(30))));
        assertThat(seeded).allSatisfy(t -> assertThat(t.updatedAt()).isAfterOrEqualTo(t.createdAt()));

        List<MessageView> messages = seeded.stream().flatMap(t -> conversationOf(t).stream()).toList();
        assertThat(messages.stream().map(MessageView::visibility).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.INTERNAL);
        assertThat(messages).allSatisfy(m -> assertThat(m.createdAt()).isBefore(seededAt));

        assertThat(titles(knowledge.search("vpn", Reader.anonymous(), 20)))
                .contains("Connect to the VPN from home").doesNotContain("Runbook: restart the VPN concentrator",
                        "Northwind Traders: VPN gateway addresses", "VPN error 809: the connection is blocked");
        assertThat(titles(knowledge.suggest("esqueci a senha", Reader.anonymous(), 5))).contains("Como redefinir sua senha");
        assertThat(titles(knowledge.search("gateway", readerAt("Northwind Traders"), 20)))
                .contains("Northwind Traders: VPN gateway addresses");
        assertThat(titles(knowledge.search("gateway", readerAt("Bluebird Logistics"), 20)))
                .doesNotContain("Northwind Traders: VPN gateway addresses");
        assertThat(titles(knowledge.search("concentrator", Reader.of(directory.actor(
                directory.userByEmail("ana.souza@helpdesk.example").orElseThrow().id())), 20)))
                .contains("Runbook: restart the VPN concentrator");
    }

    private static List<String> titles(List<ArticleSummary> articles) {
        return articles.stream().map(ArticleSummary::title).toList();
    }

    /** A customer of the demo organization of that name. */
    private Reader readerAt(String organization) {
        long id = directory.organizations().stream().filter(o -> o.name().equals(organization)).findFirst()
                .orElseThrow().id();
        return new Reader(null, org.tessera.identity.Role.CUSTOMER, id);
    }

    /** Its messages, checked to come after the ticket was opened and one after another. */
    private List<MessageView> conversationOf(TicketDetails ticket) {
        List<MessageView> messages = conversations.messages(ticket.id(), ADMIN);
        assertThat(messages).hasSizeBetween(1, 6);
        Instant previous = ticket.createdAt();
        for (MessageView message : messages) {
            assertThat(message.createdAt()).isAfterOrEqualTo(previous);
            previous = message.createdAt();
        }
        return messages;
    }

    /** Numbers grow with every ticket opened, so the seeded ones are the highest. */
    private List<TicketDetails> newestTickets(int count) {
        var found = new ArrayList<TicketDetails>();
        TicketQuery byNumber = TicketQuery.all().withSort(List.of("-number"));
        for (int page = 0; found.size() < count; page++) {
            for (TicketRow row : tickets.search(byNumber, page, 100, ADMIN).rows()) {
                if (found.size() < count) {
                    found.add(tickets.get(row.id(), ADMIN));
                }
            }
        }
        return found;
    }
}
