package org.tessera.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tessera.portal.Score;

/** Rating requests (one per ticket, ever) and ratings, rows in portal_rating_request and portal_rating. */
@Component
public class Ratings {

    private final JdbcTemplate jdbc;

    Ratings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Asked(long ticketId, long number, String subject, long requesterId) {
    }

    public record Stored(long ticketId, long number, String subject, Score score, String comment, Long ratedBy,
                         Instant ratedAt) {
    }

    /** Records that the requester was asked; false when they had been asked before, which keeps it to once. */
    public boolean ask(long ticketId, long number, String subject, long requesterId, String token, Instant now) {
        return jdbc.update("""
                insert into portal_rating_request (ticket_id, ticket_number, subject, requester_id, token_hash, asked_at)
                values (?, ?, ?, ?, ?, ?) on conflict (ticket_id) do nothing""", ticketId, number, subject,
                requesterId, Tokens.hash(token), Timestamp.from(now)) == 1;
    }

    public Optional<Asked> askedWith(String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.query("select ticket_id, ticket_number, subject, requester_id from portal_rating_request "
                + "where token_hash = ?", (rs, n) -> new Asked(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getLong(4)), Tokens.hash(token)).stream().findFirst();
    }

    /** Stores the rating unless the ticket has one: answers whether this one was stored. */
    public boolean rate(long ticketId, long number, String subject, Score score, String comment, Long ratedBy,
                        Instant now) {
        return jdbc.update("""
                insert into portal_rating (ticket_id, ticket_number, subject, score, comment, rated_by, rated_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (ticket_id) do nothing""", ticketId, number, subject,
                score.name(), comment, ratedBy, Timestamp.from(now)) == 1;
    }

    public Optional<Stored> of(long ticketId) {
        return jdbc.query("select * from portal_rating where ticket_id = ?", Ratings::stored, ticketId).stream()
                .findFirst();
    }

    public List<Stored> recent(Score score, int page, int size) {
        return jdbc.query("select * from portal_rating where (?::text is null or score = ?) "
                + "order by rated_at desc, ticket_id desc limit ? offset ?", Ratings::stored,
                score == null ? null : score.name(), score == null ? null : score.name(), size, (long) page * size);
    }

    public long count(Score score) {
        Long count = jdbc.queryForObject("select count(*) from portal_rating where (?::text is null or score = ?)",
                Long.class, score == null ? null : score.name(), score == null ? null : score.name());
        return count == null ? 0 : count;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Object ratedBy = rs.getObject("rated_by");
        return new Stored(rs.getLong("ticket_id"), rs.getLong("ticket_number"), rs.getString("subject"),
                Score.valueOf(rs.getString("score")), rs.getString("comment"),
                ratedBy == null ? null : ((Number) ratedBy).longValue(), rs.getTimestamp("rated_at").toInstant());
    }
}
