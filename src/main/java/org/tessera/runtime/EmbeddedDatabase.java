package org.tessera.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Tessera runs for itself when no external database is configured: the real server binaries,
 * with its files in the data folder so that tickets survive a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "tessera";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final DataFolderLock lock;

    private EmbeddedDatabase(EmbeddedPostgres server, DataFolderLock lock) {
        this.server = server;
        this.lock = lock;
    }

    static EmbeddedDatabase start(Path dataDir, int port) {
        Path files = dataDir.resolve("postgres");
        DataFolderLock lock = null;
        try {
            lock = DataFolderLock.take(dataDir);
            Files.createDirectories(files);
            LeftoverServer.stopIfRunning(files);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(files)
                    .setCleanDataDirectory(false)
                    // Spring closes it after the connection pool, on SIGTERM too; its own hook would race the pool.
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("postgres-binaries").toFile())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            var database = new EmbeddedDatabase(builder.start(), lock);
            database.createApplicationDatabase();
            log.info("Embedded PostgreSQL is running on port {} with its files in {}", database.port(), files.toAbsolutePath());
            return database;
        } catch (StartupRefused refused) {
            throw refused;
        } catch (IOException | SQLException | RuntimeException e) {
            release(lock);
            throw new EmbeddedDatabaseUnavailable(rootMessage(e), e);
        }
    }

    private static void release(DataFolderLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // The process is about to stop, which releases it anyway.
            }
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", DATABASE);
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
            log.info("Embedded PostgreSQL stopped");
        } finally {
            lock.close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return root.getMessage() == null ? name : name + ": " + root.getMessage();
    }
}
