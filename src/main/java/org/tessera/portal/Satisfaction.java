package org.tessera.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserAccount;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;
import org.tessera.portal.internal.CustomerLetters;
import org.tessera.portal.internal.Ratings;
import org.tessera.portal.internal.Ratings.Asked;
import org.tessera.portal.internal.Ratings.Stored;
import org.tessera.portal.internal.Tokens;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;
import org.tessera.web.Modules;

/**
 * Satisfaction ratings: when a ticket is first resolved its requester is asked, once, whether the help was good or
 * bad (with a comment if they like), by email with a link and in the portal. The answer is kept with the ticket,
 * given once, and listed for administrators.
 */
@Service
@Transactional
public class Satisfaction {

    public static final String MODULE = "satisfaction";
    public static final int MAX_COMMENT = 2_000;
    static final java.time.Duration STALE = java.time.Duration.ofDays(1);

    private final Ratings ratings;
    private final TicketQueries tickets;
    private final Directory directory;
    private final UserManagement users;
    private final CustomerLetters letters;
    private final Modules modules;
    private final Clock clock;

    Satisfaction(Ratings ratings, TicketQueries tickets, Directory directory, UserManagement users, CustomerLetters letters,
                 Modules modules, Optional<Clock> clock) {
        this.ratings = ratings;
        this.tickets = tickets;
        this.directory = directory;
        this.users = users;
        this.letters = letters;
        this.modules = modules;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Asks the requester of a resolved ticket to rate it, unless they were asked before: the first resolution asks,
     * a reopened and resolved-again ticket does not ask again. The helpdesk's own people are not asked.
     */
    public void ask(long ticketId) {
        if (!modules.isOn(MODULE)) {
            return;
        }
        TicketDetails ticket;
        try {
            ticket = tickets.get(ticketId, Actor.system());
        } catch (NotFound gone) {
            return;
        }
        if (ticket.status().category() != StatusCategory.RESOLVED || ticket.requester().role().isStaff()) {
            return;
        }
        // An import or history written into the past is not news: nobody is asked about a resolution long gone.
        if (ticket.resolvedAt() != null && ticket.resolvedAt().isBefore(now().minus(STALE))) {
            return;
        }
        UserAccount requester = users.account(ticket.requester().id());
        if (!requester.active() || ratings.of(ticketId).isPresent()) {
            return;
        }
        String token = Tokens.generate();
        if (ratings.ask(ticketId, ticket.number(), ticket.subject(), requester.id(), token, now())) {
            letters.rateTicket(requester.email(), requester.name(), ticketId, ticket.number(), ticket.subject(), token,
                    Locale.forLanguageTag(UserManagement.LOCALES.contains(requester.locale()) ? requester.locale() : "en"));
        }
    }

    /**
     * The ticket's rating: for agents and administrators, and for the requester who gave it. A rating (and its
     * comment) is the requester's word to the helpdesk; colleagues who may see the ticket do not read it.
     */
    @Transactional(readOnly = true)
    public Optional<RatingView> of(long ticketId, Actor actor) {
        var access = tickets.access(ticketId, actor);
        if (!actor.isStaff() && (actor.userId() == null || actor.userId() != access.requesterId())) {
            return Optional.empty();
        }
        return ratings.of(ticketId).map(this::view);
    }

    /** Whether the portal should offer this person to rate this ticket now. */
    @Transactional(readOnly = true)
    public boolean mayRate(TicketDetails ticket, Actor actor) {
        return modules.isOn(MODULE) && actor.userId() != null && actor.userId() == ticket.requester().id()
                && ticket.status().category().isSolved() && !ticket.requester().role().isStaff()
                && ratings.of(ticket.id()).isEmpty();
    }

    /** The requester rates their solved ticket, once. */
    public RatingView rate(long ticketId, Score score, String comment, Actor actor) {
        TicketDetails ticket = tickets.get(ticketId, actor);
        if (actor.userId() == null || actor.userId() != ticket.requester().id()) {
            throw new Forbidden("Only the requester rates a ticket");
        }
        if (!ticket.status().category().isSolved()) {
            throw new Conflict("score", "A ticket is rated once it is solved");
        }
        return store(ticketId, ticket.number(), ticket.subject(), score, comment, actor.userId());
    }

    /** The ticket a rating link from an email is about, and its rating if it has one. */
    @Transactional(readOnly = true)
    public LinkedTicket linked(String token) {
        Asked asked = ratings.askedWith(token).orElseThrow(() -> new NotFound("Rating link"));
        return new LinkedTicket(asked.ticketId(), asked.number(), asked.subject(),
                ratings.of(asked.ticketId()).map(this::view).orElse(null));
    }

    /** A rating through the link in the email: the link speaks for the requester it was sent to. */
    public RatingView rateWithLink(String token, Score score, String comment) {
        Asked asked = ratings.askedWith(token).orElseThrow(() -> new NotFound("Rating link"));
        return store(asked.ticketId(), asked.number(), asked.subject(), score, comment, asked.requesterId());
    }

    @Transactional(readOnly = true)
    public RatingPage list(Score score, int page, int size, Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only administrators see every rating");
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInput("page", "page from 0, size from 1 to 100");
        }
        List<Stored> found = ratings.recent(score, page, size);
        Map<Long, UserSummary> people = directory.users(found.stream().map(Stored::ratedBy)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return new RatingPage(found.stream().map(s -> view(s, people)).toList(), page, size, ratings.count(score),
                ratings.count(Score.GOOD), ratings.count(Score.BAD));
    }

    private RatingView store(long ticketId, long number, String subject, Score score, String comment, long by) {
        if (score == null) {
            throw new InvalidInput("score", "choose good or bad");
        }
        String clean = comment == null ? "" : comment.strip();
        if (clean.length() > MAX_COMMENT) {
            throw new InvalidInput("comment", "must have at most " + MAX_COMMENT + " characters");
        }
        if (!ratings.rate(ticketId, number, subject, score, clean, by, now())) {
            throw new Conflict("score", "This ticket has been rated already");
        }
        return ratings.of(ticketId).map(this::view).orElseThrow();
    }

    private RatingView view(Stored s) {
        return view(s, s.ratedBy() == null ? Map.of() : directory.users(List.of(s.ratedBy())));
    }

    private static RatingView view(Stored s, Map<Long, UserSummary> people) {
        return new RatingView(s.ticketId(), s.number(), s.subject(), s.score(), s.comment(),
                s.ratedBy() == null ? null : people.get(s.ratedBy()), s.ratedAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A ticket reached through a rating link. */
    public record LinkedTicket(long ticketId, long number, String subject, RatingView rating) {
    }
}
