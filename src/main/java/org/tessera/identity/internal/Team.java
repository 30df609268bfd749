package org.tessera.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tessera.identity.TeamSummary;

@Entity
@Table(name = "identity_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description = "";
    @ElementCollection
    @CollectionTable(name = "identity_team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<Long> members = new LinkedHashSet<>();

    protected Team() {
    }

    public Team(String name, String description) {
        describe(name, description);
    }

    public void describe(String name, String description) {
        this.name = name;
        this.description = description == null ? "" : description;
    }

    public void replaceMembers(Collection<Long> userIds) {
        members.clear();
        members.addAll(userIds);
    }

    public void addMember(long userId) {
        members.add(userId);
    }

    public TeamSummary summary() {
        return new TeamSummary(id, name, description, members.stream().sorted().toList());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
