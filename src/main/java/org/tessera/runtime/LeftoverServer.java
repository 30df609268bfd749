package org.tessera.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that a Tessera killed without a shutdown (SIGKILL, the OOM killer) left running: the embedded
 * server runs as a process of its own, so it outlives Tessera, and it keeps the data folder, so the next start could
 * not run its own and failed with "Connection refused". Only asked for once this Tessera holds the data folder's
 * lock, so the server can belong to no living Tessera; it is stopped the way PostgreSQL expects (SIGTERM), its data
 * intact.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path files) throws IOException {
        Path pidFile = files.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException unreadable) {
            return;
        }
        // The pid in the file names a postgres only while that server lives; a reused pid is some other program's.
        var server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) that an earlier Tessera left running on {}", pid, files);
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException("the PostgreSQL server an earlier Tessera left running (pid " + pid
                    + ") did not stop; stop it with: kill " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the earlier PostgreSQL server (pid " + pid + ") stopped", e);
        }
    }
}
