package org.tessera.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tessera is killed without a shutdown (SIGKILL, the OOM killer) and started again on the same data folder. Its
 * embedded PostgreSQL is a process of its own and outlives it; the next start stops that server and runs its own,
 * where it used to fail with "Connection refused". A second Tessera on a folder that a living one uses is refused.
 */
class RestartingAfterTesseraWasKilledTests {

    private final Path dataDir = Path.of("target", "test-data", "killed-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void theDatabaseAKilledTesseraLeftRunningIsStoppedAndTheNextStartRunsItsOwn() throws Exception {
        Process killed = embeddedDatabaseInAnotherProcess();
        killed.destroyForcibly().waitFor();
        long leftover = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).contains(true);

        try (var database = EmbeddedDatabase.start(dataDir, 0);
             var connection = DriverManager.getConnection(database.jdbcUrl())) {

            assertThat(connection.isValid(5)).isTrue();
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void aSecondStartOnAFolderInUseIsRefusedAndTheFirstKeepsRunning() throws Exception {
        try (var first = EmbeddedDatabase.start(dataDir, 0)) {

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0))
                    .isInstanceOf(StartupRefused.class)
                    .hasMessageContaining("Another Tessera is already running with its data in " + dataDir);

            try (var connection = DriverManager.getConnection(first.jdbcUrl())) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private Process embeddedDatabaseInAnotherProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseOfAnotherProcess.class.getName(), dataDir.toString()))
                .redirectErrorStream(true).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("ready")) {
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The other process ended before its database was ready:\n" + seen);
    }
}
