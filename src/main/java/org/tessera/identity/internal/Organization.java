package org.tessera.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tessera.identity.OrganizationSummary;

@Entity
@Table(name = "identity_organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> domains = new ArrayList<>();
    @Column(name = "shares_tickets")
    private boolean sharesTickets;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Organization() {
    }

    public Organization(String name, List<String> domains, boolean sharesTickets) {
        describe(name, domains, sharesTickets);
    }

    public void describe(String name, List<String> domains, boolean sharesTickets) {
        this.name = name;
        this.domains = new ArrayList<>(domains);
        this.sharesTickets = sharesTickets;
    }

    public OrganizationSummary summary() {
        return new OrganizationSummary(id, name, List.copyOf(domains), sharesTickets);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean sharesTickets() {
        return sharesTickets;
    }
}
