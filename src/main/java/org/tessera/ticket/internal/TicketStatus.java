package org.tessera.ticket.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.StatusView;

@Entity
@Table(name = "ticket_status")
public class TicketStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "type_id")
    private Long typeId;
    private String key;
    private String name;
    @Enumerated(EnumType.STRING)
    private StatusCategory category;
    private int position;
    /** The statuses a ticket may move to from this one. */
    @ElementCollection
    @CollectionTable(name = "ticket_transition", joinColumns = @JoinColumn(name = "from_status_id"))
    @Column(name = "to_status_id")
    private Set<Long> next = new HashSet<>();

    protected TicketStatus() {
    }

    public TicketStatus(long typeId, String key, String name, StatusCategory category, int position) {
        this.typeId = typeId;
        this.key = key;
        describe(name, category, position);
    }

    public void describe(String name, StatusCategory category, int position) {
        this.name = name;
        this.category = category;
        this.position = position;
    }

    public void allowTransitionsTo(Collection<Long> statusIds) {
        next.clear();
        next.addAll(statusIds);
        next.remove(id);
    }

    public void forgetTransitionTo(long statusId) {
        next.remove(statusId);
    }

    public StatusView view() {
        return new StatusView(id, typeId, key, name, category, position, Set.copyOf(next));
    }

    public Long id() {
        return id;
    }

    public Long typeId() {
        return typeId;
    }

    public int position() {
        return position;
    }
}
