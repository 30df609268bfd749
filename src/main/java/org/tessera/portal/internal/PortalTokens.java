package org.tessera.portal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one-time links of the portal, by the hash of their secret; each works once and only until it expires. */
@Component
public class PortalTokens {

    private final JdbcTemplate jdbc;

    PortalTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void issue(String token, Purpose purpose, String email, String name, String locale, Instant now,
                      Instant expiresAt) {
        jdbc.update("""
                insert into portal_token (hash, purpose, email, name, locale, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""", Tokens.hash(token), purpose.name(), email, name, locale,
                Timestamp.from(now), Timestamp.from(expiresAt));
    }

    /** The link's details while it is still good, without using it up (to show a confirmation page). */
    public Optional<Issued> peek(String token, Purpose purpose, Instant now) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.query("""
                select email, name, locale from portal_token
                where hash = ? and purpose = ? and used_at is null and expires_at > ?""",
                (rs, n) -> new Issued(rs.getString(1), rs.getString(2), rs.getString(3)),
                Tokens.hash(token), purpose.name(), Timestamp.from(now)).stream().findFirst();
    }

    /** Uses the link up: only the first of two simultaneous uses succeeds. */
    public Optional<Issued> consume(String token, Purpose purpose, Instant now) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.query("""
                update portal_token set used_at = ?
                where hash = ? and purpose = ? and used_at is null and expires_at > ?
                returning email, name, locale""",
                (rs, n) -> new Issued(rs.getString(1), rs.getString(2), rs.getString(3)),
                Timestamp.from(now), Tokens.hash(token), purpose.name(), Timestamp.from(now)).stream().findFirst();
    }

    public enum Purpose { SIGN_IN, PASSWORD }

    public record Issued(String email, String name, String locale) {
    }
}
