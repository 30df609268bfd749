package org.tessera.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What automation has done: which rule acted on which event (so a redelivered event never acts twice), and which
 * ticket changes and messages automation made itself (so they never start a chain of their own).
 */
@Component
public class Journal {

    public enum Outcome { APPLIED, PARTLY, FAILED }

    private final JdbcClient jdbc;

    Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the rule acts on the event; false if it already did. */
    public boolean claim(long ruleId, String eventKey, long ticketId, Instant at, Outcome outcome) {
        return jdbc.sql("insert into automation_firing (rule_id, event_key, ticket_id, fired_at, outcome)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(ruleId, eventKey, ticketId, Timestamp.from(at), outcome.name()).update() == 1;
    }

    public Set<Long> rulesDone(String eventKey) {
        return jdbc.sql("select rule_id from automation_firing where event_key = ?").param(eventKey)
                .query(Long.class).list().stream().collect(Collectors.toSet());
    }

    public void recordOwn(String eventKey) {
        jdbc.sql("insert into automation_own_event (event_key) values (?) on conflict do nothing").param(eventKey)
                .update();
    }

    public boolean isOwn(String eventKey) {
        return jdbc.sql("select count(*) from automation_own_event where event_key = ?").param(eventKey)
                .query(Long.class).single() > 0;
    }
}
