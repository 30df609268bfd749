package org.tessera.bench.drive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.bench.text.Texts;
import org.tessera.bench.text.Vocabulary;

/**
 * The scenarios of issue 6, named as the results name them. Each is what an agent (or a mail relay) does, through
 * the same doors: the REST API with a token, the agent's pages with a session, SMTP.
 */
final class Scenarios {

    /**
     * Reads first, then the agent day, then the writers: create-ticket alone adds tens of thousands of new tickets to
     * the teams' queues, which would otherwise be what the queue and search scenarios measure.
     */
    static final List<String> ALL = List.of("read-ticket", "queue-list", "queue-list-page", "search", "mixed",
            "create-ticket", "add-reply", "inbound-email");
    private static final String QUEUE = "category=NEW,OPEN,PENDING&team=%d&sort=priority,-updated";
    private static final String[] TYPES = {"question", "incident", "problem", "task"};
    private static final long MAIL_TIMEOUT_NANOS = 30_000_000_000L;

    private final Http http;
    private final Fixture fixture;
    private final String password;
    private final String smtpHost;
    private final int smtpPort;
    private final String supportAddress;

    Scenarios(Http http, Fixture fixture, String password, String smtpHost, int smtpPort, String supportAddress) {
        this.http = http;
        this.fixture = fixture;
        this.password = password;
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
        this.supportAddress = supportAddress;
    }

    Map<String, Scenario> all() {
        var scenarios = new LinkedHashMap<String, Scenario>();
        scenarios.put("create-ticket", scenario("create-ticket", this::createTicket));
        scenarios.put("add-reply", scenario("add-reply", this::addReply));
        scenarios.put("read-ticket", scenario("read-ticket", u -> readTicket(u, fixture.longTickets)));
        scenarios.put("queue-list", scenario("queue-list", this::queueList));
        scenarios.put("queue-list-page", scenario("queue-list-page", this::queueListPage));
        scenarios.put("search", scenario("search", this::search));
        scenarios.put("inbound-email", new Scenario() {
            @Override
            public String name() {
                return "inbound-email";
            }

            @Override
            public void once(VirtualUser user) throws Exception {
                inboundEmail(user);
            }

            @Override
            public String skipReason() {
                return InboundMail.answers(smtpHost, smtpPort) ? null
                        : "skipped: no SMTP receiver (nothing answers on " + smtpHost + ":" + smtpPort + ")";
            }
        });
        scenarios.put("mixed", scenario("mixed", this::agentDay));
        return scenarios;
    }

    /** A new ticket for a known customer, as an agent types it in for a phone call or an integration posts it. */
    private void createTicket(VirtualUser u) throws Exception {
        Vocabulary words = Texts.of(u.random.nextInt(10) < 3);
        String thing = Texts.pick(words.things(), u.random);
        var body = new LinkedHashMap<String, Object>();
        body.put("subject", Texts.subject(words, thing, u.random));
        body.put("description", Texts.description(words, thing, "Bench", u.random));
        body.put("requesterEmail", u.pick(fixture.customerEmails));
        body.put("priority", 1 + u.random.nextInt(5));
        body.put("type", TYPES[u.random.nextInt(TYPES.length)]);
        body.put("teamId", u.pick(fixture.teamIds));
        JsonNode created = http.post("/api/v1/tickets", u.token, body, 201);
        if (fixture.openTickets.size() < 5_000) {
            fixture.openTickets.add(created.get("id").asLong());
        }
    }

    /** A public answer on an open ticket. */
    private void addReply(VirtualUser u) throws Exception {
        Vocabulary words = Texts.of(u.random.nextInt(10) < 3);
        String body = Texts.agentReply(words, Texts.pick(words.things(), u.random), "there", "Bench", u.random);
        http.post("/api/v1/tickets/" + u.pick(fixture.openTickets) + "/messages", u.token,
                Map.of("body", body, "visibility", "PUBLIC"), 201);
    }

    /** The ticket and its whole conversation, as the ticket page or a client shows it. */
    private void readTicket(VirtualUser u, List<Long> tickets) throws Exception {
        long id = u.pick(tickets);
        http.get("/api/v1/tickets/" + id, u.token);
        http.get("/api/v1/tickets/" + id + "/messages", u.token);
    }

    /** A team's open queue: 50 rows, new/open/pending, most urgent first then most recently updated. */
    private void queueList(VirtualUser u) throws Exception {
        http.get("/api/v1/tickets?" + QUEUE.formatted(u.pick(fixture.teamIds)) + "&size=50", u.token);
    }

    /** The same queue as the agent's page renders it (50 rows a page), signed in with a session cookie. */
    private void queueListPage(VirtualUser u) throws Exception {
        String html = http.page("/tickets?" + QUEUE.formatted(u.pick(fixture.teamIds)), u.session(http, password));
        if (!html.contains("</html>")) {
            throw new Http.Failure("GET /tickets returned an incomplete page");
        }
    }

    /** Words in the subject, as typed in the search box: whole words, two words, or the start of one. */
    private void search(VirtualUser u) throws Exception {
        http.get("/api/v1/tickets?q=" + Http.encode(Texts.searchTerm(u.random)) + "&size=50", u.token);
    }

    /**
     * A customer's email to the support address through the built-in SMTP receiver, measured until the ticket it
     * opens can be found through the API: the subject carries a word nobody else uses.
     */
    private void inboundEmail(VirtualUser u) throws Exception {
        if (u.mail == null) {
            u.mail = new InboundMail(smtpHost, smtpPort);
        }
        Vocabulary words = Texts.of(u.random.nextInt(10) < 3);
        String thing = Texts.pick(words.things(), u.random);
        String marker = marker(u);
        String subject = Texts.subject(words, thing, u.random) + " " + marker;
        long started = System.nanoTime();
        u.mail.send(u.pick(fixture.customerEmails), supportAddress, subject,
                Texts.description(words, thing, "Bench", u.random), "<" + marker + "@bench.example>");
        long pause = 2;
        while (true) {
            JsonNode found = http.get("/api/v1/tickets?q=" + marker + "&size=1", u.token);
            if (found.get("items").size() > 0) {
                return;
            }
            if (System.nanoTime() - started > MAIL_TIMEOUT_NANOS) {
                throw new Http.Failure("no ticket for '" + marker + "' 30 s after the SMTP receiver accepted it");
            }
            Thread.sleep(pause);
            pause = Math.min(50, pause * 2);
        }
    }

    /** An agent's day: 80% reads (queues, tickets, search), 20% writes (replies, new tickets). */
    private void agentDay(VirtualUser u) throws Exception {
        int p = u.random.nextInt(100);
        if (p < 30) {
            readTicket(u, u.random.nextBoolean() ? fixture.longTickets : fixture.openTickets);
        } else if (p < 55) {
            queueList(u);
        } else if (p < 65) {
            queueListPage(u);
        } else if (p < 80) {
            search(u);
        } else if (p < 94) {
            addReply(u);
        } else {
            createTicket(u);
        }
    }

    /** Twelve letters: one word for PostgreSQL's parser, and found by nothing else. */
    private static String marker(VirtualUser u) {
        var s = new StringBuilder("zq");
        for (int i = 0; i < 12; i++) {
            s.append((char) ('a' + u.random.nextInt(26)));
        }
        return s.toString();
    }

    private interface Work {
        void once(VirtualUser user) throws Exception;
    }

    private static Scenario scenario(String name, Work work) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void once(VirtualUser user) throws Exception {
                work.once(user);
            }
        };
    }
}
