package org.tessera.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token; only its SHA-256 is stored, so a database leak gives nobody a working token. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    /** The last characters of the token, so its owner can tell tokens apart. */
    private String hint;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, String tokenHash, String hint) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
