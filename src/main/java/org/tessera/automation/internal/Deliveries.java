package org.tessera.automation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tessera.identity.Actor;
import org.tessera.ticket.FieldChange;
import org.tessera.ticket.TicketManagement;

/**
 * Webhook calls of rules (their emails go through the email module's outbox): queued in the rule's transaction,
 * sent afterwards by this job, retried with
 * back-off (1, 5, 30 minutes, 2 and 12 hours) and given up after six attempts. Each failure is written into the
 * ticket's history, and so is a success after a failure; the ticket itself is never held up.
 */
@Component
public class Deliveries {

    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final JdbcClient jdbc;
    private final TicketManagement tickets;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Deliveries(JdbcClient jdbc, TicketManagement tickets, PlatformTransactionManager transactions,
               Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Delivery(long id, Long ticketId, String ruleName, String kind, String target, String subject,
                           String payload, String secret, int attempts, String status, String lastError) {
    }

    public long queueWebhook(long ticketId, String ruleName, String url, String secret, String payload) {
        return queue(ticketId, ruleName, "WEBHOOK", url, null, payload, secret);
    }

    private long queue(long ticketId, String ruleName, String kind, String target, String subject, String payload,
                       String secret) {
        return jdbc.sql("insert into automation_delivery (ticket_id, rule_name, kind, target, subject, payload, secret,"
                        + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(ticketId, ruleName, kind, target, subject, payload, secret, Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql("select * from automation_delivery where id = ?").param(id).query(Deliveries::delivery)
                .optional();
    }

    public List<Delivery> ofTicket(long ticketId) {
        return jdbc.sql("select * from automation_delivery where ticket_id = ? order by id").param(ticketId)
                .query(Deliveries::delivery).list();
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${tessera.automation.delivery-interval:PT15S}")
    @SchedulerLock(name = "automation-deliveries", lockAtMostFor = "PT10M")
    public void deliver() {
        deliverDueAt(clock.instant());
    }

    /** Sends what is due at {@code now}; returns how many were sent. */
    public int deliverDueAt(Instant now) {
        List<Delivery> due = jdbc.sql("select * from automation_delivery where status = 'PENDING'"
                        + " and next_attempt_at <= ? order by next_attempt_at limit 50")
                .param(Timestamp.from(now)).query(Deliveries::delivery).list();
        int sent = 0;
        for (Delivery delivery : due) {
            sent += attempt(delivery, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean attempt(Delivery d, Instant now) {
        int attempt = d.attempts() + 1;
        try {
            call(d, now);
            transaction.executeWithoutResult(s -> {
                jdbc.sql("update automation_delivery set status = 'DELIVERED', attempts = ?, delivered_at = ?,"
                        + " last_error = null where id = ?").params(attempt, Timestamp.from(now), d.id()).update();
                // The history told of the failure; it tells that a later attempt got through, too.
                if (attempt > 1 && d.ticketId() != null) {
                    tickets.recordInHistory(d.ticketId(), new FieldChange("automation", null, "Webhook " + d.target()
                            + " delivered on attempt " + attempt), Actor.system("Rule: " + d.ruleName()));
                }
            });
            return true;
        } catch (Undeliverable | IOException | RuntimeException failed) {
            boolean last = failed instanceof Undeliverable u && u.permanent || attempt > BACK_OFF.size();
            String error = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            Instant next = last ? now : now.plus(BACK_OFF.get(attempt - 1));
            transaction.executeWithoutResult(s -> {
                jdbc.sql("update automation_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?"
                        + " where id = ?").params(last ? "FAILED" : "PENDING", attempt, Timestamp.from(next), error,
                        d.id()).update();
                if (d.ticketId() != null) {
                    String what = "Webhook " + d.target();
                    tickets.recordInHistory(d.ticketId(), new FieldChange("automation.failed", null, what
                            + " failed (" + error + "); " + (last ? "gave up after " + attempt + " attempts"
                            : "attempt " + attempt + ", retrying at " + next)), Actor.system("Rule: " + d.ruleName()));
                }
            });
            log.warn("Delivery {} of rule '{}' failed: {}", d.id(), d.ruleName(), error);
            return false;
        }
    }

    private void call(Delivery d, Instant now) throws IOException, Undeliverable {
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.target()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tessera-Webhook/1")
                .header("X-Tessera-Delivery", String.valueOf(d.id()))
                .header("X-Tessera-Timestamp", String.valueOf(timestamp))
                .header("X-Tessera-Signature", WebhookSignature.sign(d.secret() == null ? "" : d.secret(), timestamp,
                        d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new Undeliverable("HTTP " + response.statusCode(), response.statusCode() / 100 == 4
                        && response.statusCode() != 408 && response.statusCode() != 429);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** A delivery that failed; a permanent failure is not worth retrying. */
    static class Undeliverable extends Exception {
        final boolean permanent;

        Undeliverable(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), (Long) rs.getObject("ticket_id"), rs.getString("rule_name"),
                rs.getString("kind"), rs.getString("target"), rs.getString("subject"), rs.getString("payload"),
                rs.getString("secret"), rs.getInt("attempts"), rs.getString("status"), rs.getString("last_error"));
    }
}
