package org.tessera.portal.web;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tessera.identity.Actor;
import org.tessera.portal.RatingPage;
import org.tessera.portal.RatingView;
import org.tessera.portal.Satisfaction;
import org.tessera.portal.Score;
import org.tessera.shared.NotFound;

/**
 * Satisfaction ratings in the REST API: a ticket's rating, for whoever may see the ticket, and every rating for
 * administrators.
 */
@RestController
class SatisfactionApi {

    private final Satisfaction satisfaction;

    SatisfactionApi(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    record RatingJson(long ticketId, long number, String subject, Score score, String comment, Long ratedBy,
                      Instant ratedAt) {

        static RatingJson of(RatingView r) {
            return new RatingJson(r.ticketId(), r.number(), r.subject(), r.score(), r.comment(),
                    r.ratedBy() == null ? null : r.ratedBy().id(), r.ratedAt());
        }
    }

    record RatingList(List<RatingJson> items, int page, int size, long total, long good, long bad) {
    }

    /** 404 when the ticket has no rating (yet), or when the caller may not see the ticket. */
    @GetMapping("/api/v1/tickets/{id}/satisfaction")
    RatingJson ofTicket(@PathVariable long id, Actor actor) {
        return satisfaction.of(id, actor).map(RatingJson::of).orElseThrow(() -> new NotFound("Rating"));
    }

    @GetMapping("/api/v1/satisfaction")
    RatingList list(@RequestParam(required = false) Score score, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "25") int size, Actor actor) {
        RatingPage found = satisfaction.list(score, page, size, actor);
        return new RatingList(found.ratings().stream().map(RatingJson::of).toList(), found.page(), found.size(),
                found.total(), found.good(), found.bad());
    }
}
