package org.tessera.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.tessera.bench.Options;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements behind the slowest scenarios, written as Tessera's TicketSearch
 * writes them (keep them in step with it): the agent queue, the subject search with its capped count, and a
 * conversation. Each runs once before it is explained, so the plans show a warm cache, as a busy server has.
 */
public final class QueryPlans {

    private static final String COLUMNS = "t.id, t.number, t.subject, t.type_id, t.status_id, t.priority,"
            + " t.requester_id, t.organization_id, t.assignee_id, t.team_id, t.tags, t.created_at, t.updated_at,"
            + " t.due_at";
    private static final String ORDER = "order by t.priority, t.updated_at desc, t.id desc limit 50 offset 0";
    private static final String SUBJECT = "%s @@ to_tsquery('simple', tessera_unaccent('%s'))";

    private QueryPlans() {
    }

    public static void run(Options options) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", options.get("db-user", "postgres"));
        properties.setProperty("password", options.get("db-password", ""));
        try (Connection c = DriverManager.getConnection(options.require("db-url"), properties)) {
            String columns = COLUMNS + (hasColumn(c, "ticket", "sla_due_at") ? ", t.sla_due_at" : "");
            // Since V42 the words of the subject are a stored column; before, an expression.
            String subjectWords = hasColumn(c, "ticket", "subject_words") ? "t.subject_words"
                    : "to_tsvector('simple', tessera_unaccent(t.subject))";
            long team = Schema.scalar(c, "select coalesce((select team_id from ticket where status_category in"
                    + " ('NEW', 'OPEN', 'PENDING') and team_id is not null group by team_id order by count(*) desc"
                    + " limit 1), 0)");
            long longest = Schema.scalar(c, "select coalesce((select ticket_id from conversation_message"
                    + " group by ticket_id order by count(*) desc limit 1), 0)");
            String queue = "t.status_category in ('NEW', 'OPEN', 'PENDING') and (t.team_id in (" + team + "))";
            var statements = new LinkedHashMap<String, String>();
            statements.put("queue-list: the 50 rows (team " + team + ", the largest open queue)",
                    "select " + columns + " from ticket t where " + queue + " " + ORDER);
            statements.put("queue-list: the capped count",
                    "select count(*) from (select 1 from ticket t where " + queue + " limit 10001) capped");
            // As TicketSearch runs a word search: the capped count first; few matches (1,000 or fewer) are found by
            // the word index and sorted, many are met walking the list's order.
            for (String words : new String[] {"printer:*", "impress:*", "vpn:* & keeps:*", "fatura:* & valor:*",
                    "zqxnowhere:*"}) {
                String where = SUBJECT.formatted(subjectWords, words);
                String count = "select count(*) from (select 1 from ticket t where " + where + " limit 1001) capped";
                boolean few = Schema.scalar(c, count) <= 1000;
                String name = "search q=" + words.replace(":*", "").replace(" &", "");
                statements.put(name + ": the capped count", count);
                statements.put(name + ": the 50 rows" + (few ? " (few matches: found, then sorted)" : ""),
                        "select " + columns + " from " + (few ? "(select * from ticket t where " + where
                                + " offset 0) t " : "ticket t where " + where + " ") + ORDER);
            }
            statements.put("read-ticket: the conversation of ticket " + longest,
                    "select * from conversation_message where ticket_id = " + longest + " order by id");
            System.out.printf("PostgreSQL %s, %,d tickets, %,d messages%n%n", Schema.text(c, "show server_version"),
                    Schema.scalar(c, "select count(*) from ticket"),
                    Schema.scalar(c, "select count(*) from conversation_message"));
            for (Map.Entry<String, String> statement : statements.entrySet()) {
                explain(c, statement.getKey(), statement.getValue());
            }
        }
    }

    private static void explain(Connection c, String title, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            System.out.println("== " + title);
            System.out.println(sql);
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
            System.out.println();
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        return Schema.scalar(c, "select count(*) from information_schema.columns where table_schema = current_schema()"
                + " and table_name = '" + table + "' and column_name = '" + column + "'") > 0;
    }
}
