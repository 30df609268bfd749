package org.tessera.email.internal.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tessera.email.Threading;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.MailboxDirectory;
import org.tessera.email.internal.MessageIds;
import org.tessera.email.internal.outbox.OutboxRecords;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.ticket.StatusCategory;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;

/**
 * Which ticket an email continues, asking in order of certainty: a Message-ID of mail we sent (in In-Reply-To or
 * References, signed, so it cannot be invented), an earlier email of a ticket's thread, the mail a delivery report
 * returns, the subject's [#1042] token, a reply address support+t1042@. Message-IDs prove the sender saw the thread,
 * so someone from Cc joins the ticket; a token or address can be typed by anyone, so it counts only for people who
 * are part of the ticket. A reply to a closed ticket opens a new one. Bulk mail never merges different senders.
 */
@Component
@Order(50)
class FollowUpDetection implements InboundFilter {

    private static final Pattern TOKEN = Pattern.compile("\\[#(\\d{1,18})]");
    private static final Pattern PLUS = Pattern.compile("^[^@+]+\\+t(\\d{1,18})@.+$");

    private final MessageIds ids;
    private final EmailRecords records;
    private final OutboxRecords outbox;
    private final MailboxDirectory mailboxes;
    private final TicketQueries tickets;
    private final Directory directory;
    private final Lookups lookups;

    FollowUpDetection(MessageIds ids, EmailRecords records, OutboxRecords outbox, MailboxDirectory mailboxes,
                      TicketQueries tickets, Directory directory, Lookups lookups) {
        this.lookups = lookups;
        this.ids = ids;
        this.records = records;
        this.outbox = outbox;
        this.mailboxes = mailboxes;
        this.tickets = tickets;
        this.directory = directory;
    }

    @Override
    public void apply(Inbound inbound) {
        if (!(ourMessageId(inbound) || knownMessageId(inbound) || deliveryReport(inbound) || subjectToken(inbound)
                || replyAddress(inbound))) {
            inbound.opensNew(Threading.NEW_TICKET, null);
        }
    }

    private boolean ourMessageId(Inbound inbound) {
        for (String id : inbound.parsed().threadIds()) {
            Optional<Long> number = ids.ticketNumberIn(id);
            if (number.isPresent()) {
                String header = id.equals(inbound.parsed().inReplyTo()) ? "In-Reply-To" : "References";
                if (outbox.internalNote(id)) {
                    inbound.answersInternalNote();
                }
                return land(inbound, number.get(), Threading.OUR_MESSAGE_ID, header + " <" + id + ">", true);
            }
        }
        return false;
    }

    /**
     * An earlier email of a thread. If that email was bulk or list mail, only its own sender continues it: everyone
     * answering a newsletter is a request of their own.
     */
    private boolean knownMessageId(Inbound inbound) {
        List<String> thread = inbound.parsed().threadIds();
        List<EmailRecord> known = records.withMessageIds(thread);
        for (String id : thread) {
            for (EmailRecord earlier : known) {
                if (earlier.messageId().equals(id) && (!earlier.bulk() || sameSender(earlier, inbound))) {
                    String header = id.equals(inbound.parsed().inReplyTo()) ? "In-Reply-To" : "References";
                    return landOn(inbound, earlier.ticketId(), Threading.KNOWN_MESSAGE_ID, header + " <" + id + ">",
                            true);
                }
            }
        }
        return false;
    }

    private boolean deliveryReport(Inbound inbound) {
        for (String id : inbound.parsed().returnedMessageIds()) {
            Optional<Long> number = ids.ticketNumberIn(id);
            if (number.isPresent() && inbound.parsed().automatic().any()) {
                inbound.reportsDelivery();
                outbox.bounced(id, inbound.parsed().subject());
                return land(inbound, number.get(), Threading.DELIVERY_REPORT, "returned <" + id + ">", false);
            }
        }
        return false;
    }

    /**
     * The subject's [#1042] token. A subject may carry two ("Re: [#1041] me too [#1042]": someone who wrote about
     * another ticket was given one of their own), so the first token naming a ticket the sender is part of wins.
     */
    private boolean subjectToken(Inbound inbound) {
        String subject = inbound.parsed().subject();
        Matcher m = subject == null ? null : TOKEN.matcher(subject);
        String notTheirs = null;
        while (m != null && m.find()) {
            long number = Long.parseLong(m.group(1));
            Optional<TicketDetails> ticket = ticketNumbered(number);
            if (ticket.isEmpty()) {
                continue;
            }
            if (participates(inbound, ticket.get().id())) {
                return land(inbound, number, Threading.SUBJECT_TOKEN, m.group(), false);
            }
            notTheirs = notTheirs == null ? m.group() : notTheirs;
        }
        if (notTheirs == null) {
            return false;
        }
        inbound.opensNew(Threading.NOT_A_PARTICIPANT, notTheirs + " names #" + notTheirs.replaceAll("\\D", "")
                + ", which the sender is not part of");
        return true;
    }

    private boolean replyAddress(Inbound inbound) {
        var addresses = new java.util.ArrayList<String>(inbound.arrival().envelopeRecipients());
        addresses.addAll(inbound.parsed().envelopeRecipients());
        inbound.parsed().recipients().forEach(a -> addresses.add(a.canonical()));
        for (String address : addresses) {
            Matcher m = PLUS.matcher(address.toLowerCase(Locale.ROOT));
            Optional<Mailbox> mailbox = mailboxes.receiving(address);
            if (m.matches() && mailbox.isPresent() && mailbox.get().plusAddressing()) {
                return landForParticipant(inbound, Long.parseLong(m.group(1)), Threading.PLUS_ADDRESS, address);
            }
        }
        return false;
    }

    private boolean landForParticipant(Inbound inbound, long number, Threading why, String detail) {
        Optional<TicketDetails> ticket = ticketNumbered(number);
        if (ticket.isEmpty()) {
            return false;
        }
        if (!participates(inbound, ticket.get().id())) {
            inbound.opensNew(Threading.NOT_A_PARTICIPANT, detail + " names #" + number + ", which the sender is not"
                    + " part of");
            return true;
        }
        return land(inbound, number, why, detail, false);
    }

    private boolean land(Inbound inbound, long number, Threading why, String detail, boolean senderMayJoin) {
        return ticketNumbered(number).map(t -> landOn(inbound, t.id(), why, detail, senderMayJoin)).orElse(false);
    }

    private boolean landOn(Inbound inbound, long ticketId, Threading why, String detail, boolean senderMayJoin) {
        TicketDetails ticket = lookups.find(() -> tickets.get(ticketId, Actor.system())).orElse(null);
        if (ticket == null) {
            return false;
        }
        if (ticket.status().category() == StatusCategory.CLOSED) {
            inbound.opensNew(Threading.CLOSED_TICKET, detail + " continues #" + ticket.number() + ", which is closed");
            return true;
        }
        boolean joins = senderMayJoin && !participates(inbound, ticketId);
        inbound.continues(ticket.id(), ticket.number(), why, detail, joins);
        return true;
    }

    /** Whether the sender may already see the ticket: staff, its requester, a follower, their shared organization. */
    private boolean participates(Inbound inbound, long ticketId) {
        // The sender may be new, made in this very transaction: their actor is read here, the ticket separately.
        Actor sender = directory.actor(inbound.sender().id());
        return lookups.find(() -> tickets.access(ticketId, sender)).isPresent();
    }

    private Optional<TicketDetails> ticketNumbered(long number) {
        return lookups.find(() -> tickets.byNumber(number, Actor.system()));
    }

    private static boolean sameSender(EmailRecord earlier, Inbound inbound) {
        return earlier.fromAddress() != null && inbound.parsed().from() != null
                && earlier.fromAddress().equalsIgnoreCase(inbound.parsed().from().canonical());
    }
}
