package org.tessera.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tessera.bench.Options;

/**
 * Loads a generated helpdesk history into an empty Tessera database with COPY, on several connections at once:
 * people, custom fields and files first, then tickets in chunks, then the indexes, sequences and statistics.
 * Only the core tables (identity_*, ticket*, conversation_*) are written; the other modules' tables stay empty.
 */
public final class DatasetLoader {

    private static final List<String> FILLED = List.of("ticket", "ticket_follower", "ticket_history",
            "conversation_message", "conversation_attachment");
    private static final List<String> WITH_IDS = List.of("identity_organization", "identity_user", "identity_team",
            "ticket_custom_field", "ticket", "ticket_history", "conversation_message", "conversation_attachment");
    private static final List<String> ANALYZED = List.of("identity_organization", "identity_user", "identity_team",
            "identity_team_member", "ticket_custom_field", "conversation_blob", "ticket", "ticket_follower",
            "ticket_history", "conversation_message", "conversation_attachment");
    private static final int CHUNK = 1_000;

    private final Options options;
    private final String url;
    private final String user;
    private final String password;

    private DatasetLoader(Options options) {
        this.options = options;
        this.url = options.require("db-url");
        this.user = options.get("db-user", "postgres");
        this.password = options.get("db-password", "");
    }

    public static void run(Options options) throws Exception {
        new DatasetLoader(options).load();
    }

    private void load() throws Exception {
        int tickets = options.getInt("tickets", 10_000);
        int threads = Math.max(1, options.getInt("threads", 3));
        long seed = options.getLong("seed", 20_261_122L);
        String dir = options.get("data-dir", null);
        Path dataDir = dir == null ? null : Path.of(dir);
        Sizes sizes = Sizes.of(tickets);
        long started = System.nanoTime();

        try (Connection c = connect()) {
            Schema.requireEmpty(c);
            System.out.printf("Loading %,d tickets into %s (PostgreSQL %s): %,d organizations, %,d customers,"
                            + " %,d agents in %d teams, %,d collaborators, %,d attachment files%n", tickets, url,
                    Schema.text(c, "show server_version"), sizes.organizations(), sizes.customers(), sizes.agents(),
                    sizes.teams(), sizes.collaborators(), sizes.blobs());
            if (dataDir == null) {
                System.out.println("No --data-dir: attachment rows are written, their files are not (downloads will fail).");
            }
            c.setAutoCommit(false);
            long now = Instant.now().getEpochSecond();
            long start = now - World.YEARS;
            People people = People.create(c, sizes, seed, start - 30 * World.DAY);
            int fields = CustomFields.define(c);
            BlobPool blobs = BlobPool.create(c, sizes.blobs(), dataDir, seed + 1, start);
            Map<String, Schema.Type> types = Schema.types(c);
            long firstTicketId = Schema.nextId(c, "ticket");
            long firstNumber = Schema.nextTicketNumber(c);
            long firstMessageId = Schema.nextId(c, "conversation_message");
            World world = new World(tickets, seed, start, now, firstTicketId, firstNumber, firstMessageId,
                    messageOffsets(tickets, seed, firstNumber), types, people, blobs, Schema.systemAccount(c));
            c.commit();
            long setupRows = people.rows() + fields + sizes.blobs();
            System.out.printf("People, %d custom fields and files: %,d rows in %.1f s%n", fields, setupRows,
                    seconds(started));

            List<Indexes.Index> dropped = List.of();
            Path saved = null;
            if (!options.flag("keep-indexes")) {
                dropped = Indexes.secondary(c, FILLED);
                saved = Files.createTempFile("tessera-bench-indexes-", ".sql");
                Indexes.drop(c, dropped, saved);
                c.commit();
                System.out.printf("Dropped %d secondary indexes for the load (definitions saved in %s)%n",
                        dropped.size(), saved);
            }
            long ticketRows;
            try {
                ticketRows = loadTickets(world, threads);
            } finally {
                if (!dropped.isEmpty()) {
                    rebuild(dropped, threads);
                    Files.deleteIfExists(saved);
                }
            }
            Schema.advanceSequences(c, WITH_IDS);
            c.commit();
            if (!options.flag("no-vacuum")) {
                vacuum(c);
            }
            long total = setupRows + ticketRows;
            double elapsed = seconds(started);
            System.out.printf("Done: %,d rows in %.1f s, %,.0f rows/s overall. Sign in as agent1@%s .. agent%d@%s,"
                            + " password %s.%n", total, elapsed, total / elapsed, People.AGENT_DOMAIN, sizes.agents(),
                    People.AGENT_DOMAIN, People.PASSWORD);
        }
    }

    private long loadTickets(World world, int threads) throws Exception {
        long started = System.nanoTime();
        int chunks = (world.tickets() + CHUNK - 1) / CHUNK;
        var next = new AtomicInteger();
        var ticketsDone = new AtomicLong();
        var rows = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = connect()) {
                        c.setAutoCommit(false);
                        int chunk;
                        while ((chunk = next.getAndIncrement()) < chunks) {
                            int from = chunk * CHUNK;
                            int to = Math.min(world.tickets(), from + CHUNK);
                            var writer = new TicketChunk(world);
                            writer.write(from, to, new SplittableRandom(world.seed() * 1_000_003L + chunk));
                            rows.addAndGet(writer.copyInto(c));
                            c.commit();
                            ticketsDone.addAndGet(to - from);
                        }
                    }
                    return null;
                }));
            }
            long lastReport = System.nanoTime();
            for (Future<?> future : futures) {
                while (!future.isDone()) {
                    Thread.sleep(200);
                    if (System.nanoTime() - lastReport > 5_000_000_000L && ticketsDone.get() < world.tickets()) {
                        lastReport = System.nanoTime();
                        progress(ticketsDone.get(), world.tickets(), rows.get(), started);
                    }
                }
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        progress(ticketsDone.get(), world.tickets(), rows.get(), started);
        return rows.get();
    }

    private void rebuild(List<Indexes.Index> indexes, int threads) throws Exception {
        long started = System.nanoTime();
        // The big ones first, so that the last to finish is a small one.
        var ordered = new ArrayList<>(indexes);
        ordered.sort(Comparator.comparing((Indexes.Index i) -> !i.table().equals("conversation_message"))
                .thenComparing(i -> !i.table().equals("ticket_history")));
        var next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 2));
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < Math.min(threads, 2); t++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = connect()) {
                        int i;
                        while ((i = next.getAndIncrement()) < ordered.size()) {
                            Indexes.create(c, ordered.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Rebuilt %d indexes in %.1f s%n", indexes.size(), seconds(started));
    }

    /** VACUUM, not only ANALYZE: it sets the visibility map and hint bits now, instead of autovacuum during a run. */
    private static void vacuum(Connection c) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String table : ANALYZED) {
                s.execute("vacuum (analyze) " + table);
            }
        }
        System.out.printf("VACUUM ANALYZE in %.1f s%n", seconds(started));
    }

    private static long[] messageOffsets(int tickets, long seed, long firstNumber) {
        long[] offsets = new long[tickets + 1];
        for (int i = 0; i < tickets; i++) {
            offsets[i + 1] = offsets[i] + World.messageCount(seed, firstNumber + i);
        }
        return offsets;
    }

    private Connection connect() throws SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "tessera-bench-loader");
        Connection c = DriverManager.getConnection(url, properties);
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '512MB'");
            try {
                // Skips the row-by-row foreign key checks; needs a superuser (the embedded server's postgres is).
                s.execute("set session_replication_role = replica");
            } catch (SQLException notSuperuser) {
                // Then every row is checked: slower, still correct.
            }
        }
        return c;
    }

    private static void progress(long done, int total, long rows, long started) {
        double s = seconds(started);
        System.out.printf("  %,d / %,d tickets, %,d rows in %.0f s: %,.0f rows/s, %,.0f tickets/s%n", done, total,
                rows, s, rows / s, done / s);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
