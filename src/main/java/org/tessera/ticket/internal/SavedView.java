package org.tessera.ticket.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "ticket_view")
public class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** Null for a view shared with everyone who works tickets. */
    @Column(name = "owner_id")
    private Long ownerId;
    private String query;
    private int position;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected SavedView() {
    }

    public SavedView(String name, Long ownerId, String query) {
        this.name = name;
        this.ownerId = ownerId;
        this.query = query;
    }

    public void redefine(String name, String query) {
        this.name = name;
        this.query = query;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long ownerId() {
        return ownerId;
    }

    public String query() {
        return query;
    }
}
