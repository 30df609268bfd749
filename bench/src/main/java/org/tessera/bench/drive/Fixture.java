package org.tessera.bench.drive;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the driver learns from a running Tessera before measuring, through the API only: agents and their tokens,
 * teams, customers, open tickets to answer, and tickets with 20 messages to read (the generator gives every ticket
 * whose number is a multiple of 20 exactly 20 messages).
 */
final class Fixture {

    final List<String> agentEmails = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();
    final List<Long> teamIds = new ArrayList<>();
    final List<String> customerEmails = new ArrayList<>();
    /** Tickets to answer: open ones found at the start, and those the runs create. */
    final List<Long> openTickets = new CopyOnWriteArrayList<>();
    final List<Long> longTickets = new ArrayList<>();
    int longTicketMessages;
    /** How many ticket numbers were issued when the run began: the dataset's size when nothing else says it. */
    long numbersIssued;

    static Fixture learn(Http http, String login, String password, int maxUsers) throws Exception {
        var f = new Fixture();
        String first = http.token(login, password);
        for (int page = 0; page < 10; page++) {
            JsonNode users = http.get("/api/v1/users?role=AGENT&size=100&page=" + page, first);
            for (JsonNode user : users) {
                String email = user.get("email").asText();
                if (user.path("active").asBoolean(true) && email.matches("agent\\d+@.*")) {
                    f.agentEmails.add(email);
                }
            }
            if (users.size() < 100) {
                break;
            }
        }
        if (f.agentEmails.isEmpty()) {
            f.agentEmails.add(login);
        }
        f.agentEmails.sort((a, b) -> Integer.compare(number(a), number(b)));
        f.tokens.addAll(tokens(http, f.agentEmails.subList(0, Math.min(maxUsers, f.agentEmails.size())), password));
        for (JsonNode team : http.get("/api/v1/teams", first)) {
            f.teamIds.add(team.get("id").asLong());
        }
        for (int page = 0; page < 5; page++) {
            JsonNode users = http.get("/api/v1/users?role=CUSTOMER&size=100&page=" + page, first);
            users.forEach(u -> f.customerEmails.add(u.get("email").asText()));
            if (users.size() < 100) {
                break;
            }
        }
        for (int page = 0; page < 5; page++) {
            JsonNode list = http.get("/api/v1/tickets?category=OPEN,PENDING&size=100&page=" + page, first);
            list.get("items").forEach(t -> f.openTickets.add(t.get("id").asLong()));
            if (list.get("items").size() < 100) {
                break;
            }
        }
        if (f.teamIds.isEmpty() || f.customerEmails.isEmpty() || f.openTickets.isEmpty()) {
            throw new IllegalStateException("This Tessera has no teams, customers or open tickets: load a dataset first"
                    + " (bench/run load ...)");
        }
        f.findLongTickets(http, first);
        return f;
    }

    /** Up to 100 tickets whose number is a multiple of 20, kept if they do have 20 messages. */
    private void findLongTickets(Http http, String token) throws IOException, InterruptedException {
        long lowest = http.get("/api/v1/tickets?sort=number&size=1", token).get("items").get(0).get("number").asLong();
        long highest = http.get("/api/v1/tickets?sort=-number&size=1", token).get("items").get(0).get("number").asLong();
        numbersIssued = highest - lowest + 1;
        long firstMultiple = (lowest + 19) / 20 * 20;
        long multiples = highest >= firstMultiple ? (highest - firstMultiple) / 20 + 1 : 0;
        long step = Math.max(1, multiples / 100);
        for (long k = 0; k < multiples && longTickets.size() < 100; k += step) {
            long number = firstMultiple + k * 20;
            for (JsonNode t : http.get("/api/v1/tickets?q=%23" + number + "&size=5", token).get("items")) {
                if (t.get("number").asLong() == number) {
                    long id = t.get("id").asLong();
                    int messages = http.get("/api/v1/tickets/" + id + "/messages", token).size();
                    if (messages == 20) {
                        longTickets.add(id);
                    }
                }
            }
        }
        longTicketMessages = 20;
        if (longTickets.isEmpty()) {
            // Not a generated dataset: read whatever is open, and say so.
            longTickets.addAll(openTickets.subList(0, Math.min(100, openTickets.size())));
            longTicketMessages = -1;
        }
        Collections.shuffle(longTickets, new java.util.Random(7));
    }

    private static List<String> tokens(Http http, List<String> emails, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<String>>();
            for (String email : emails) {
                futures.add(pool.submit(() -> http.token(email, password)));
            }
            var tokens = new ArrayList<String>();
            for (Future<String> future : futures) {
                tokens.add(future.get());
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int number(String email) {
        String digits = email.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(9, digits.length())));
    }
}
