package org.tessera.email.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tessera.runtime.CachedSnapshot;
import org.tessera.email.MailboxSettings.AfterImport;
import org.tessera.email.MailboxSettings.Auth;
import org.tessera.email.MailboxSettings.Protocol;
import org.tessera.email.MailboxSettings.Security;

/** The mailboxes, in table email_mailbox. */
@Repository
public class Mailboxes {

    private static final String COLUMNS = "name, address, protocol, host, port, security, username, password, auth,"
            + " oauth_token_url, oauth_client_id, oauth_client_secret, oauth_refresh_token, oauth_scope, folder, after_import,"
            + " move_to_folder, use_idle, poll_seconds, team_id, type_key, plus_addressing, smtp_host, smtp_port,"
            + " smtp_security, smtp_username, smtp_password, active";

    private final JdbcTemplate jdbc;
    // Every email in and out asks which mailbox an address belongs to; the settings change rarely.
    private final CachedSnapshot<List<Mailbox>> configured = new CachedSnapshot<>(Duration.ofSeconds(20), this::all);

    Mailboxes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every mailbox as it is now, with its last check and error. */
    public List<Mailbox> all() {
        return jdbc.query("select * from email_mailbox order by lower(name), id", Mailboxes::read);
    }

    /** The mailboxes' settings from memory (their check times may be a little old), for mail going in and out. */
    public List<Mailbox> configured() {
        return configured.get();
    }

    public void changed() {
        configured.changed();
    }

    public Optional<Mailbox> byId(long id) {
        return jdbc.query("select * from email_mailbox where id = ?", Mailboxes::read, id).stream().findFirst();
    }

    public Optional<Mailbox> byAddress(String address) {
        return jdbc.query("select * from email_mailbox where lower(address) = lower(?)", Mailboxes::read,
                address.trim()).stream().findFirst();
    }

    public long insert(Mailbox m) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into email_mailbox (" + COLUMNS + ") values ("
                    + "?,".repeat(27) + "?)", new String[] {"id"});
            bind(statement, m);
            return statement;
        }, keys);
        configured.changed();
        return keys.getKey().longValue();
    }

    public void update(Mailbox m) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("update email_mailbox set (" + COLUMNS + ") = ("
                    + "?,".repeat(27) + "?) where id = ?");
            bind(statement, m);
            statement.setLong(29, m.id());
            return statement;
        });
        configured.changed();
    }

    public void delete(long id) {
        jdbc.update("delete from email_mailbox where id = ?", id);
        configured.changed();
    }

    public void checked(long id, Instant at, String error) {
        if (error == null) {
            jdbc.update("update email_mailbox set last_checked_at = ?, last_error = null, last_error_at = null"
                    + " where id = ?", Timestamp.from(at), id);
        } else {
            jdbc.update("update email_mailbox set last_checked_at = ?, last_error = ?, last_error_at = ? where id = ?",
                    Timestamp.from(at), error, Timestamp.from(at), id);
        }
    }

    private static void bind(java.sql.PreparedStatement s, Mailbox m) throws SQLException {
        int i = 1;
        s.setString(i++, m.name());
        s.setString(i++, m.address());
        s.setString(i++, m.protocol().name());
        s.setString(i++, m.host());
        s.setObject(i++, m.port());
        s.setString(i++, m.security().name());
        s.setString(i++, m.username());
        s.setString(i++, m.password());
        s.setString(i++, m.auth().name());
        s.setString(i++, m.oauthTokenUrl());
        s.setString(i++, m.oauthClientId());
        s.setString(i++, m.oauthClientSecret());
        s.setString(i++, m.oauthRefreshToken());
        s.setString(i++, m.oauthScope());
        s.setString(i++, m.folder());
        s.setString(i++, m.afterImport().name());
        s.setString(i++, m.moveToFolder());
        s.setBoolean(i++, m.useIdle());
        s.setInt(i++, m.pollSeconds());
        s.setObject(i++, m.teamId());
        s.setString(i++, m.typeKey());
        s.setBoolean(i++, m.plusAddressing());
        s.setString(i++, m.smtpHost());
        s.setObject(i++, m.smtpPort());
        s.setString(i++, m.smtpSecurity().name());
        s.setString(i++, m.smtpUsername());
        s.setString(i++, m.smtpPassword());
        s.setBoolean(i, m.active());
    }

    private static Mailbox read(ResultSet r, int row) throws SQLException {
        return new Mailbox(r.getLong("id"), r.getString("name"), r.getString("address"),
                Protocol.valueOf(r.getString("protocol")), r.getString("host"), (Integer) r.getObject("port"),
                Security.valueOf(r.getString("security")), r.getString("username"), r.getString("password"),
                Auth.valueOf(r.getString("auth")), r.getString("oauth_token_url"), r.getString("oauth_client_id"),
                r.getString("oauth_client_secret"), r.getString("oauth_refresh_token"), r.getString("oauth_scope"),
                r.getString("folder"),
                AfterImport.valueOf(r.getString("after_import")), r.getString("move_to_folder"),
                r.getBoolean("use_idle"), r.getInt("poll_seconds"), (Long) r.getObject("team_id"),
                r.getString("type_key"), r.getBoolean("plus_addressing"), r.getString("smtp_host"),
                (Integer) r.getObject("smtp_port"), Security.valueOf(r.getString("smtp_security")),
                r.getString("smtp_username"), r.getString("smtp_password"), r.getBoolean("active"),
                instant(r, "last_checked_at"), r.getString("last_error"), instant(r, "last_error_at"));
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
