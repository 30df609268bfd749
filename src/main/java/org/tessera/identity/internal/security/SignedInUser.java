package org.tessera.identity.internal.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tessera.identity.Role;
import org.tessera.identity.internal.User;

/** The principal of a signed-in session or API call. Only the id is trusted later: the actor is reloaded per request. */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    private final long id;
    private final String email;
    private final String name;
    private final Role role;
    private final String locale;
    private final boolean active;
    private final boolean locked;
    private String passwordHash;

    SignedInUser(User user, Instant now) {
        this.id = user.id();
        this.email = user.email();
        this.name = user.name();
        this.role = user.role();
        this.locale = user.locale();
        this.active = user.active();
        this.locked = user.isLockedAt(now);
        this.passwordHash = user.passwordHash();
    }

    public long id() {
        return id;
    }

    public String getDisplayName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public String getLocale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
