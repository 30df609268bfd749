package org.tessera.ticket.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tessera.ticket.FieldChange;

/** One line of a ticket's history: who changed which field from what to what, and the version it produced. */
@Entity
@Table(name = "ticket_history")
public class HistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private Long ticketId;
    private long version;
    @Column(name = "actor_id")
    private Long actorId;
    private Instant at;
    private String field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    /** What made the change besides the actor, such as an automation rule's name. */
    private String via;

    protected HistoryRecord() {
    }

    public HistoryRecord(long ticketId, long version, Long actorId, String via, Instant at, FieldChange change) {
        this.via = via;
        this.ticketId = ticketId;
        this.version = version;
        this.actorId = actorId;
        this.at = at;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long actorId() {
        return actorId;
    }

    public Instant at() {
        return at;
    }

    public String via() {
        return via;
    }

    public FieldChange change() {
        return new FieldChange(field, oldValue, newValue);
    }
}
