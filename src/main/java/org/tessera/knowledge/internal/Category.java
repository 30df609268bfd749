package org.tessera.knowledge.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "knowledge_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    private int position;
    @jakarta.persistence.Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Category() {
    }

    public Category(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
    }

    public void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public void placeAt(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }
}
