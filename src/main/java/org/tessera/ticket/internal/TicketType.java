package org.tessera.ticket.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ticket_type")
public class TicketType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String key;
    private String name;
    private int position;
    private boolean active = true;

    protected TicketType() {
    }

    public TicketType(String key, String name, int position) {
        this.key = key;
        this.name = name;
        this.position = position;
    }

    public void describe(String name, int position, boolean active) {
        this.name = name;
        this.position = position;
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
