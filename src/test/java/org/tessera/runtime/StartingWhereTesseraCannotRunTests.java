package org.tessera.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * A new user starts Tessera where its data folder cannot be written, on a port something else holds, or with an
 * external database that does not answer: the start is refused at once, with the reason and what to do, before any
 * database is started.
 */
class StartingWhereTesseraCannotRunTests {

    @TempDir
    Path temp;

    @Test
    void aDataFolderThatCannotBeCreatedIsRefusedNamingTheFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        var environment = new MockEnvironment().withProperty("tessera.data-dir", file.resolve("data").toString())
                .withProperty("server.port", "0");

        assertThatThrownBy(() -> StartupChecks.check(environment))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("cannot write its data folder " + file.resolve("data"))
                .satisfies(refused -> assertThat(((StartupRefused) refused).action()).contains("TESSERA_DATA_DIR"));
    }

    @Test
    void aTakenPortIsRefusedNamingThePort() throws IOException {
        try (var taken = new ServerSocket(0)) {
            var environment = new MockEnvironment().withProperty("tessera.data-dir", temp.toString())
                    .withProperty("server.port", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> StartupChecks.check(environment))
                    .isInstanceOf(StartupRefused.class)
                    .hasMessageContaining("cannot listen on port " + taken.getLocalPort())
                    .satisfies(refused -> assertThat(((StartupRefused) refused).action()).contains("--server.port="));
        }
    }

    @Test
    void anExternalDatabaseNobodyAnswersAtIsRefusedNamingIt() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/tessera";
        var environment = new MockEnvironment().withProperty("tessera.data-dir", temp.toString())
                .withProperty("server.port", "0").withProperty("tessera.db.url", url);

        assertThatThrownBy(() -> StartupChecks.check(environment))
                .isInstanceOf(StartupRefused.class)
                .hasMessageStartingWith("Tessera cannot use the database at " + url)
                .satisfies(refused -> assertThat(((StartupRefused) refused).action()).contains("TESSERA_DB_URL"));
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNotRepeated() {
        assertThatThrownBy(() -> StartupChecks.externalDatabaseAnswers(
                "jdbc:postgresql://127.0.0.1:1/tessera?user=app&password=s3cret", "app", ""))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aWritableFolderAndAFreePortPassAndLeaveNothingBehind() {
        var environment = new MockEnvironment().withProperty("tessera.data-dir", temp.resolve("data").toString())
                .withProperty("server.port", "0");

        StartupChecks.check(environment);

        assertThat(temp.resolve("data")).isEmptyDirectory();
    }

    @Test
    void theRefusalIsPrintedAsItsReasonAndAction() {
        var refused = new StartupRefused("Tessera cannot listen on port 8080: Address already in use", "Stop it.");

        var analysis = new StartupRefusedFailureAnalyzer().analyze(refused);

        assertThat(analysis.getDescription()).isEqualTo("Tessera cannot listen on port 8080: Address already in use");
        assertThat(analysis.getAction()).isEqualTo("Stop it.");
    }
}
