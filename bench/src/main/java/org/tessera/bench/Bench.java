package org.tessera.bench;

import java.util.Arrays;
import org.tessera.bench.drive.LoadDriver;
import org.tessera.bench.load.DatasetLoader;
import org.tessera.bench.load.QueryPlans;

/** The suite's one entry point: {@code load} fills a database, {@code drive} measures a running Tessera. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage();
            return;
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "load" -> DatasetLoader.run(options);
            case "drive" -> LoadDriver.run(options);
            case "explain" -> QueryPlans.run(options);
            default -> {
                System.err.println("Unknown command: " + args[0]);
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.out.println("""
                Usage: java -jar tessera-bench.jar COMMAND [--option value]...

                load     fill an empty Tessera database with a generated history
                         --db-url URL (required)  --db-user postgres  --db-password ''
                         --tickets N (10000)  --data-dir DIR (attachment files go to DIR/files)
                         --threads N (3)  --seed N  --keep-indexes  --no-vacuum
                drive    run the scenarios against a running Tessera
                         --base-url http://localhost:8095  --scenarios all|a,b,...  --levels 1,4,16,64
                         --warmup 5  --duration 15 (seconds per level)  --global-warmup 20  --smtp-port 2595
                         --support-address support@localhost  --login agent1@helpdesk.example
                         --password bench-password  --tickets N  --commit SHA  --postgres VERSION
                         --db-url URL (reads the ticket count and server version)  --app-pid PID (heap)
                         --out FILE (bench/results/<date>-<tickets>.json)
                explain  EXPLAIN (ANALYZE, BUFFERS) of the queue list and the subject search
                         --db-url URL  --db-user postgres  --db-password ''
                """);
    }
}
