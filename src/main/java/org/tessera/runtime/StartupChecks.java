package org.tessera.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * What must be true before Tessera starts anything: its data folder can be written, its port is free, and an
 * external database (when one is named) answers. Checked first, so that a new user hears of a wrong folder, a taken
 * port or an unreachable database in one line within seconds, instead of after the embedded database and the whole
 * application have started for nothing (and, for the folder, instead of advice about PostgreSQL that does not help;
 * for the database, instead of a hundred lines of stack trace). Only the application's own start runs these checks,
 * not tests.
 */
public final class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        dataFolderIsWritable(Path.of(environment.getProperty("tessera.data-dir", "./data")));
        portIsFree(environment.getProperty("server.address"), environment.getProperty("server.port", Integer.class, 8080));
        String databaseUrl = environment.getProperty("tessera.db.url", "");
        if (!databaseUrl.isBlank()) {
            externalDatabaseAnswers(databaseUrl, environment.getProperty("tessera.db.user", "postgres"),
                    environment.getProperty("tessera.db.password", ""));
        }
    }

    /** An external database named by TESSERA_DB_URL must be there, and let Tessera's user in. */
    static void externalDatabaseAnswers(String url, String user, String password) {
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // It answers.
        } catch (SQLException e) {
            // A password written into the URL stays out of the log.
            String shown = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
            throw new StartupRefused("Tessera cannot use the database at " + shown + ": " + firstLine(e.getMessage()),
                    databaseAction(e.getSQLState(), url));
        }
    }

    private static String databaseAction(String state, String url) {
        if ("3D000".equals(state)) {
            return "Create the database first (createdb -h HOST -U USER NAME, or create database NAME; in psql), or"
                    + " point TESSERA_DB_URL at one that exists.";
        }
        if (state != null && state.startsWith("28")) {
            return "Check TESSERA_DB_USER and TESSERA_DB_PASSWORD: the server refused them.";
        }
        if (state != null && state.startsWith("08")) {
            return "Check the host and port in TESSERA_DB_URL and that PostgreSQL 15+ runs there and accepts TCP"
                    + " connections; or leave TESSERA_DB_URL empty to use the embedded PostgreSQL.";
        }
        return "Check TESSERA_DB_URL (jdbc:postgresql://HOST:5432/DATABASE), TESSERA_DB_USER and TESSERA_DB_PASSWORD.";
    }

    private static String firstLine(String message) {
        return message == null ? "no answer" : message.lines().findFirst().orElse(message);
    }

    static void dataFolderIsWritable(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Files.delete(Files.createTempFile(absolute, ".tessera-write-check", ""));
        } catch (IOException e) {
            throw new StartupRefused("Tessera cannot write its data folder " + absolute + ": " + reason(e),
                    "Set TESSERA_DATA_DIR (or --tessera.data-dir=) to a folder that the user running Tessera may"
                            + " create and write, or give that user write access to " + absolute + ".");
        }
    }

    static void portIsFree(String address, int port) {
        if (port <= 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            // As Tomcat binds: a port in TIME_WAIT after a restart is free, one that something listens on is not.
            socket.setReuseAddress(true);
            socket.bind(address == null || address.isBlank()
                    ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartupRefused("Tessera cannot listen on port " + port + ": " + e.getMessage(),
                    "Stop whatever listens on port " + port + ", or start Tessera on another port with"
                            + " --server.port=PORT (or TESSERA_PORT=PORT).");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file that is not a folder is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist and cannot be created there";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
