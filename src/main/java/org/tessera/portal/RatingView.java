package org.tessera.portal;

import java.time.Instant;
import org.tessera.identity.UserSummary;

/** A rating as stored with its ticket: the ticket's number and subject when it was rated, the verdict and comment. */
public record RatingView(long ticketId, long number, String subject, Score score, String comment,
                         UserSummary ratedBy, Instant ratedAt) {
}
