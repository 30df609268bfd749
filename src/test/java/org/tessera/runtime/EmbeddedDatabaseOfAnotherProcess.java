package org.tessera.runtime;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A process that runs the embedded database exactly as Tessera does and then waits to be killed, for the tests of
 * what the next start finds: {@link RestartingAfterTesseraWasKilledTests}.
 */
final class EmbeddedDatabaseOfAnotherProcess {

    private EmbeddedDatabaseOfAnotherProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase.start(Path.of(args[0]), 0);
        System.out.println("ready");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
