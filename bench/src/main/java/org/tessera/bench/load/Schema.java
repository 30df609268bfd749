package org.tessera.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the loader reads from the database before writing: the workflows Flyway shipped, and where ids start. */
final class Schema {

    static final String[] CATEGORIES = {"NEW", "OPEN", "PENDING", "RESOLVED", "CLOSED"};

    /** One ticket type: its id and its status ids per category (index into CATEGORIES), in workflow order. */
    record Type(String key, long id, long[][] statusesByCategory) {

        long status(int category, int which) {
            long[] ids = statusesByCategory[category];
            return ids[Math.min(which, ids.length - 1)];
        }

        long initial() {
            return status(0, 0);
        }
    }

    private Schema() {
    }

    /** Refuses anything but a migrated, empty helpdesk: the loader writes ids and numbers of its own. */
    static void requireEmpty(Connection c) throws SQLException {
        if (scalar(c, "select count(*) from information_schema.tables where table_name = 'ticket'"
                + " and table_schema = current_schema()") == 0) {
            throw new IllegalStateException("No Tessera schema in this database: start Tessera once against it so"
                    + " that Flyway creates the tables, then load.");
        }
        long tickets = scalar(c, "select count(*) from ticket");
        long people = scalar(c, "select count(*) from identity_user where role <> 'ADMIN'"
                + " and email <> 'tessera@system.invalid'");
        if (tickets > 0 || people > 0) {
            throw new IllegalStateException("This database already holds " + tickets + " tickets and " + people
                    + " non-admin users: the loader fills an empty Tessera database only (use a fresh data folder"
                    + " or database).");
        }
    }

    static Map<String, Type> types(Connection c) throws SQLException {
        var ids = new HashMap<String, Long>();
        var statuses = new HashMap<String, List<List<Long>>>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t.key, t.id, st.id, st.category from ticket_type t"
                     + " join ticket_status st on st.type_id = t.id order by t.position, st.position, st.id")) {
            while (rs.next()) {
                String key = rs.getString(1);
                ids.put(key, rs.getLong(2));
                var byCategory = statuses.computeIfAbsent(key, k -> {
                    var lists = new ArrayList<List<Long>>();
                    for (int i = 0; i < CATEGORIES.length; i++) {
                        lists.add(new ArrayList<>());
                    }
                    return lists;
                });
                byCategory.get(List.of(CATEGORIES).indexOf(rs.getString(4))).add(rs.getLong(3));
            }
        }
        var types = new HashMap<String, Type>();
        statuses.forEach((key, byCategory) -> {
            long[][] arrays = new long[CATEGORIES.length][];
            for (int i = 0; i < CATEGORIES.length; i++) {
                if (byCategory.get(i).isEmpty()) {
                    throw new IllegalStateException("Ticket type " + key + " has no " + CATEGORIES[i] + " status");
                }
                arrays[i] = byCategory.get(i).stream().mapToLong(Long::longValue).toArray();
            }
            types.put(key, new Type(key, ids.get(key), arrays));
        });
        for (String key : List.of("question", "incident", "problem", "task")) {
            if (!types.containsKey(key)) {
                throw new IllegalStateException("The shipped ticket type '" + key + "' is missing");
            }
        }
        return types;
    }

    static Long systemAccount(Connection c) throws SQLException {
        long id = scalar(c, "select coalesce(min(id), 0) from identity_user where email = 'tessera@system.invalid'");
        return id == 0 ? null : id;
    }

    static long nextId(Connection c, String table) throws SQLException {
        return scalar(c, "select coalesce(max(id), 0) + 1 from " + table);
    }

    static long nextTicketNumber(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select last_value, is_called from ticket_number_seq")) {
            rs.next();
            return rs.getBoolean(2) ? rs.getLong(1) + 1 : rs.getLong(1);
        }
    }

    /** Moves every serial sequence of these tables past the ids written, and the ticket numbers past the last. */
    static void advanceSequences(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " greatest((select max(id) from " + table + "), 1))");
            }
            s.execute("select setval('ticket_number_seq', greatest((select max(number) from ticket),"
                    + " (select last_value from ticket_number_seq)))");
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
