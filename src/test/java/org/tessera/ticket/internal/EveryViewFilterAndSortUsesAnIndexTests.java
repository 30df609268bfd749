package org.tessera.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;
import org.tessera.ticket.TicketQuery;
import org.tessera.ticket.Workflows;

/**
 * Every filter and every sort a view (or the API's list) offers is served by an index, as PostgreSQL plans it: a
 * view must stay fast on a million tickets, where a sequential scan or a sort of the whole table is seconds. The
 * test database is small, so the planner is told that sequential scans cost the earth and must still find a
 * plan without one; a sort must come from an index's order (an incremental sort of ties on an index's order is
 * fine, a sort of every matching row is not).
 */
class EveryViewFilterAndSortUsesAnIndexTests extends IntegrationTest {

    @Autowired
    TicketSearch search;
    @Autowired
    Workflows workflows;
    @Autowired
    Directory directory;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Actor agent;
    private static String customField;

    @BeforeEach
    void anAgentAndACustomField() {
        var people = new People(api);
        agent = directory.actor(people.agent().id());
        if (customField == null) {
            customField = "plan_" + People.unique().replace('-', '_');
            people.admin().post("/api/v1/custom-fields", Map.of("typeKey", "incident", "key", customField,
                    "label", "Site", "kind", "TEXT"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=open", "category=NEW,OPEN,PENDING", "priority=1", "assignee=me", "assignee=none",
            "team=1", "type=incident", "requester=1", "organization=1", "tag=vip", "follower=me", "cf.FIELD=Lisbon",
            "q=printer", "q=%231042", "category=NEW,OPEN,PENDING&team=1", "category=NEW,OPEN,PENDING&assignee=me"})
    void aFilterReadsOnlyTheTicketsItFinds(String filter) {
        // Counted rather than listed: with a list's order the planner may rightly prefer walking an index in that
        // order when most tickets match, which says nothing about the filter.
        String plan = plan(filter.replace("FIELD", customField), true);

        assertThat(plan).as(plan).doesNotContain("Seq Scan on ticket ");
        assertThat(plan).as(plan).containsAnyOf("Index Cond", "Recheck Cond");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=priority,-updated", "sort=-updated", "sort=-created", "sort=number",
            "sort=-number", "sort=due", "sort=sla", "sort=subject"})
    void aSortReadsTheTicketsInTheIndexOrder(String sort) {
        String plan = plan(sort, false);

        assertThat(plan).as(plan).doesNotContain("Seq Scan on ticket ");
        assertThat(plan.lines().filter(line -> line.contains("Sort  (") && !line.contains("Incremental Sort")))
                .as(plan).isEmpty();
    }

    private String plan(String queryString, boolean count) {
        TicketSearch.Statement statement = search.statement(TicketQuery.parse(queryString), workflows.catalog(),
                agent, 0, 50);
        String sql = count ? "select count(*) from ticket t where " + statement.where() : statement.sql();
        return transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("set local enable_seqscan = off");
            List<String> lines = jdbc.queryForList("explain " + sql, statement.params(), String.class);
            return String.join("\n", lines);
        });
    }
}
