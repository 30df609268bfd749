package org.tessera.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the tables being filled: dropped before the load and built again after it, which is
 * several times faster than maintaining eleven indexes row by row. Primary keys and unique constraints stay. The
 * definitions are saved to a file first, so that a crashed load can be repaired by hand.
 */
final class Indexes {

    record Index(String table, String name, String definition) {
    }

    private Indexes() {
    }

    static List<Index> secondary(Connection c, List<String> tables) throws SQLException {
        var found = new ArrayList<Index>();
        try (PreparedStatement s = c.prepareStatement("""
                select t.relname, ci.relname, pg_get_indexdef(i.indexrelid)
                from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_class ci on ci.oid = i.indexrelid
                where t.relname = any (?) and t.relnamespace = current_schema()::regnamespace
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                order by t.relname, ci.relname""")) {
            s.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    static void drop(Connection c, List<Index> indexes, Path saveTo) throws SQLException, IOException {
        Files.write(saveTo, indexes.stream().map(i -> i.definition() + ";").toList());
        try (Statement s = c.createStatement()) {
            for (Index index : indexes) {
                s.execute("drop index " + index.name());
            }
        }
    }

    static void create(Connection c, Index index) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(index.definition());
        }
    }
}
