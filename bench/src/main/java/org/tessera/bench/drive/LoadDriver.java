package org.tessera.bench.drive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.tessera.bench.Options;

/**
 * Measures a running Tessera: each scenario at each fixed concurrency (closed loop: every virtual user starts its
 * next operation when the last one answered), a warm-up whose operations are not counted, then a measured period.
 */
public final class LoadDriver {

    private final Options options;
    private final Report report = new Report();

    private LoadDriver(Options options) {
        this.options = options;
    }

    public static void run(Options options) throws Exception {
        new LoadDriver(options).drive();
    }

    private void drive() throws Exception {
        var http = new Http(options.get("base-url", "http://localhost:8095"));
        List<Integer> levels = options.list("levels", "1,4,16,64").stream().map(Integer::parseInt).toList();
        List<String> names = options.get("scenarios", "all").equals("all") ? Scenarios.ALL
                : options.list("scenarios", "");
        long warmup = (long) (Double.parseDouble(options.get("warmup", "5")) * 1e9);
        long duration = (long) (Double.parseDouble(options.get("duration", "15")) * 1e9);
        String password = options.get("password", "bench-password");
        int maxLevel = levels.stream().mapToInt(Integer::intValue).max().orElse(1);

        requireHealthy(http);
        System.out.println("Learning the helpdesk through the API (tokens for up to " + maxLevel + " agents)...");
        Fixture fixture = Fixture.learn(http, options.get("login", "agent1@helpdesk.example"), password, maxLevel);
        System.out.printf("%d agents (%d tokens), %d teams, %d customers, %d open tickets, %d tickets with %s messages%n",
                fixture.agentEmails.size(), fixture.tokens.size(), fixture.teamIds.size(), fixture.customerEmails.size(),
                fixture.openTickets.size(), fixture.longTickets.size(),
                fixture.longTicketMessages == 20 ? "20" : "an unknown number of");
        var users = new ArrayList<VirtualUser>();
        for (int i = 0; i < maxLevel; i++) {
            int k = i % fixture.tokens.size();
            users.add(new VirtualUser(i, fixture.agentEmails.get(k), fixture.tokens.get(k)));
        }
        Map<String, Scenario> scenarios = new Scenarios(http, fixture, password, options.get("smtp-host", "localhost"),
                options.getInt("smtp-port", 2595), options.get("support-address", "support@localhost")).all();
        String pid = options.get("app-pid", null);
        HeapSampler heap = pid == null ? null : HeapSampler.watch(Long.parseLong(pid));
        String dbUrl = options.get("db-url", null);
        Backlog backlog = dbUrl == null ? null
                : Backlog.watch(dbUrl, options.get("db-user", "postgres"), options.get("db-password", ""));
        report.note("Machine load before the run: " + loadAverage() + " (1, 5, 15 min; " + Runtime.getRuntime()
                .availableProcessors() + " cores)");
        if (options.get("startup-seconds", null) != null) {
            report.note("Start-up to ready (process start to /actuator/health UP): " + options.get("startup-seconds", "")
                    + " s");
        }
        try {
            double jit = Double.parseDouble(options.get("global-warmup", "20"));
            if (jit > 0) {
                // A freshly started JVM interprets before it compiles: warm every path once, unmeasured.
                System.out.printf("Warming Tessera up for %.0f s (mixed, concurrency 4, not measured)...%n", jit);
                signIn(http, users.subList(0, Math.min(4, users.size())), password);
                Level.run(scenarios.get("mixed"), users.subList(0, Math.min(4, users.size())), (long) (jit * 1e9), 0);
            }
            for (String name : names) {
                Scenario scenario = scenarios.get(name);
                if (scenario == null) {
                    throw new IllegalArgumentException("No scenario " + name + "; there are " + Scenarios.ALL);
                }
                String skip = scenario.skipReason();
                if (skip != null) {
                    report.note(name + ": " + skip);
                    continue;
                }
                if (heap != null) {
                    heap.reset();
                }
                if (name.equals("queue-list-page") || name.equals("mixed")) {
                    signIn(http, users, password);
                }
                for (int level : levels) {
                    Measurement m = Level.run(scenario, users.subList(0, level), warmup, duration);
                    double seconds = duration / 1e9;
                    report.add(new Report.Row(name, level, m.count() / seconds, m.percentileMs(50),
                            m.percentileMs(95), m.percentileMs(99), m.maxMs(), m.errors(), loadAverage()));
                    m.firstErrors().forEach(e -> report.note("  " + name + " x" + level + " error: " + e));
                    if (backlog != null) {
                        long left = backlog.events();
                        if (left > 0) {
                            double drained = backlog.drain(600);
                            report.note(String.format("%s x%d: %,d module events left at the end, %s", name, level,
                                    left, drained < 0 ? "still not handled after 10 minutes"
                                            : String.format("handled %.1f s later (%.0f ops/s counting that time)",
                                            drained, m.count() / (seconds + drained))));
                        }
                    }
                    Thread.sleep(1_000);
                }
                if (heap != null) {
                    report.note(String.format("%s: heap used at most %.0f MB (committed %.0f MB)", name,
                            heap.peakUsedMb(), heap.peakCommittedMb()));
                    if (name.equals("mixed")) {
                        report.note(String.format("after mixed: live heap (used after a full GC) %.0f MB",
                                heap.liveMb()));
                    }
                }
            }
        } finally {
            users.forEach(u -> {
                if (u.mail != null) {
                    u.mail.close();
                }
            });
            if (heap != null) {
                heap.close();
            }
            if (backlog != null) {
                backlog.close();
            }
        }
        report.note("Machine load after the run: " + loadAverage());
        write(fixture);
    }

    private void write(Fixture fixture) throws Exception {
        String commit = options.get("commit", "unknown");
        long tickets = options.getLong("tickets", -1);
        String postgres = options.get("postgres", "unknown");
        String dbUrl = options.get("db-url", null);
        if (dbUrl != null) {
            var properties = new Properties();
            properties.setProperty("user", options.get("db-user", "postgres"));
            properties.setProperty("password", options.get("db-password", ""));
            try (Connection c = DriverManager.getConnection(dbUrl, properties); Statement s = c.createStatement()) {
                if (tickets < 0) {
                    try (ResultSet rs = s.executeQuery("select count(*) from ticket")) {
                        rs.next();
                        tickets = rs.getLong(1);
                    }
                }
                if (postgres.equals("unknown")) {
                    try (ResultSet rs = s.executeQuery("show server_version")) {
                        rs.next();
                        postgres = rs.getString(1).replaceFirst(" .*", "") + options.get("postgres-kind", "");
                    }
                }
            }
        }
        if (tickets < 0) {
            tickets = fixture.numbersIssued;
            report.note("Ticket count estimated from the ticket numbers issued (" + tickets + "); pass --tickets or"
                    + " --db-url for the dataset's size.");
        }
        Path out = Path.of(options.get("out", "bench/results/" + LocalDate.now() + "-" + tickets + ".json"));
        report.write(out, commit, tickets, postgres);
    }

    /** Signs every virtual user in before measuring: 64 bcrypt checks would otherwise eat the warm-up. */
    private static void signIn(Http http, List<VirtualUser> users, String password) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<String>>();
            for (VirtualUser user : users) {
                futures.add(pool.submit(() -> user.session(http, password)));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void requireHealthy(Http http) throws Exception {
        try {
            Http.Response health = http.send(http.request("/actuator/health").GET());
            if (health.status() != 200) {
                throw new IllegalStateException("Tessera at " + http.base() + " is not ready: /actuator/health answered "
                        + health.status());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Nothing answers at " + http.base() + " (" + e + ")");
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
