package org.tessera.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.identity.Actor;
import org.tessera.ticket.TicketQueries;
import org.tessera.ticket.TicketQuery;

/**
 * With {@code tessera.demo} on, fills a helpdesk that has no tickets yet with a living one: organizations and
 * their people, agents in teams, two months of tickets with their conversations, and a knowledge base. Runs after the first
 * administrator exists, in one transaction (a failure leaves nothing half made), and only once: the next start
 * finds tickets and does nothing.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Fixed, so that every demo helpdesk tells the same stories (relative to the day it was made). */
    private static final long SEED = 20_260_306L;
    static final int TICKETS = 200;

    private final boolean enabled;
    private final DemoPeople people;
    private final DemoFields fields;
    private final StoryTeller teller;
    private final DemoArticles articles;
    private final TicketQueries queries;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    DemoData(@Value("${tessera.demo:false}") boolean enabled, DemoPeople people, DemoFields fields,
             StoryTeller teller, DemoArticles articles, TicketQueries queries, PlatformTransactionManager transactions,
             JdbcTemplate jdbc) {
        this.enabled = enabled;
        this.people = people;
        this.fields = fields;
        this.teller = teller;
        this.articles = articles;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (queries.search(TicketQuery.all(), 0, 1, Actor.system()).total() > 0) {
            log.info("Demo data not added: this helpdesk already has tickets");
            return;
        }
        long started = System.nanoTime();
        Seeded seeded = seed();
        Cast cast = seeded.cast();
        log.warn("\n\n    Demo data added in {} s: {} organizations, {} customers, {} agents in {} teams, {} collaborators,"
                        + " {} tickets with {} messages, {} knowledge-base articles.\n    Every demo user's password is"
                        + " \"{}\": sign in as {} (agent) or {} (customer).\n",
                String.format("%.1f", (System.nanoTime() - started) / 1e9),
                cast.organizations(), cast.customers().size(), cast.agents().size(), cast.teamIds().size(),
                cast.collaborators().size(), seeded.tickets(), seeded.messages(), seeded.articles(), DemoPeople.PASSWORD,
                cast.agents().get(0).email(), cast.customers().get(0).email());
    }

    /** Adds the demo helpdesk whatever is there already; people, teams and fields found by name are reused. */
    Seeded seed() {
        return transaction.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Cast cast = people.enlist();
            fields.ensure();
            List<Topic> topics = Stream.concat(EnglishTopics.all().stream(), PortugueseTopics.all().stream()).toList();
            List<Plan> plans = new StoryPlanner(cast, topics, now, new Random(SEED)).plan(TICKETS);
            var dates = new Backdating();
            teller.tell(plans, cast, dates);
            Instant joined = now.minus(StoryPlanner.HISTORY).minus(Duration.ofDays(30));
            cast.everyone().forEach(person -> dates.person(person.id(), joined));
            dates.applyWith(jdbc);
            int written = articles.write(cast);
            return new Seeded(cast, plans.size(), dates.messages(), written);
        });
    }

    record Seeded(Cast cast, int tickets, int messages, int articles) {
    }
}
