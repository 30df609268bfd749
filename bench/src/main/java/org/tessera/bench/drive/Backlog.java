package org.tessera.bench.drive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The work a write leaves for later: module events not yet handled (rules, notifications). A level's throughput only
 * counts if that work keeps up, so after each level the driver reads how much is left and waits until it is done
 * before the next one, reporting both: a backlog that takes long to drain means the API ran ahead of the helpdesk.
 */
final class Backlog implements AutoCloseable {

    /** How often the count is read while waiting: a fraction of a second, so a drain is timed to about that. */
    private static final long POLL_MILLIS = 250;

    private final Connection connection;

    private Backlog(Connection connection) {
        this.connection = connection;
    }

    static Backlog watch(String dbUrl, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new Backlog(DriverManager.getConnection(dbUrl, properties));
    }

    long events() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from event_publication where completion_date is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits (at most {@code maxSeconds}) until no event is left; the seconds it took, or -1 when it did not. */
    double drain(int maxSeconds) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        while (events() > 0) {
            if (System.nanoTime() - start > maxSeconds * 1_000_000_000L) {
                return -1;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
