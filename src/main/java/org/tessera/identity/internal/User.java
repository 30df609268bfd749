package org.tessera.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.tessera.identity.Role;
import org.tessera.identity.UserSummary;

@Entity
@Table(name = "identity_user")
public class User {

    static final int FAILED_LOGINS_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "password_hash")
    private String passwordHash;
    private String locale = "en";
    private boolean active = true;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected User() {
    }

    public User(String email, String name, Role role, Long organizationId, String passwordHash) {
        this.email = email;
        this.name = name;
        this.role = role;
        this.organizationId = role == Role.CUSTOMER ? organizationId : null;
        this.passwordHash = passwordHash;
    }

    /** Repeated wrong passwords lock the account for a while, which makes guessing impractical. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= FAILED_LOGINS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public void changeRole(Role role) {
        this.role = role;
        if (role != Role.CUSTOMER) {
            organizationId = null;
        }
    }

    public void moveToOrganization(Long organizationId) {
        this.organizationId = role == Role.CUSTOMER ? organizationId : null;
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public UserSummary summary() {
        return new UserSummary(id, email, name, role, organizationId);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String locale() {
        return locale;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
