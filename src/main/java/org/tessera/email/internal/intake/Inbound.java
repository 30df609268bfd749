package org.tessera.email.internal.intake;

import org.tessera.email.Arrival;
import org.tessera.email.Threading;
import org.tessera.email.internal.Mailbox;
import org.tessera.email.internal.mime.ParsedMessage;
import org.tessera.identity.UserSummary;

/**
 * One email on its way through the intake filters. Each filter reads what earlier ones found and adds its own
 * finding in a typed field: the mailbox it came to, its sender, why it must not be answered automatically, the ticket
 * it continues; or a reason to hold it in quarantine, which ends the journey.
 */
public final class Inbound {

    private final ParsedMessage parsed;
    private final Arrival arrival;
    private final String messageId;
    private Mailbox mailbox;
    private UserSummary sender;
    private String noAutoReply;
    private Long ticketId;
    private Long ticketNumber;
    private Threading threading = Threading.NEW_TICKET;
    private String threadingDetail;
    private boolean senderJoins;
    private boolean internal;
    private boolean deliveryReport;
    private String quarantineReason;

    Inbound(ParsedMessage parsed, Arrival arrival, String messageId) {
        this.parsed = parsed;
        this.arrival = arrival;
        this.messageId = messageId;
    }

    public ParsedMessage parsed() {
        return parsed;
    }

    public Arrival arrival() {
        return arrival;
    }

    public String messageId() {
        return messageId;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    void arrivedAt(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    public UserSummary sender() {
        return sender;
    }

    void sentBy(UserSummary sender) {
        this.sender = sender;
    }

    /** Why no automatic answer may go back, or null when one may. */
    public String noAutoReply() {
        return noAutoReply;
    }

    void mustNotBeAnswered(String why) {
        noAutoReply = noAutoReply == null ? why : noAutoReply + ", " + why;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long ticketNumber() {
        return ticketNumber;
    }

    public Threading threading() {
        return threading;
    }

    public String threadingDetail() {
        return threadingDetail;
    }

    /** Whether the sender, not yet part of the ticket, joins it as a follower (someone from Cc answering). */
    public boolean senderJoins() {
        return senderJoins;
    }

    /** An agent answering a notification about an internal note writes an internal note. */
    public boolean internal() {
        return internal;
    }

    public boolean deliveryReport() {
        return deliveryReport;
    }

    void continues(long ticketId, long ticketNumber, Threading why, String detail, boolean senderJoins) {
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.threading = why;
        this.threadingDetail = detail;
        this.senderJoins = senderJoins;
    }

    /** Nothing it names may take it (a closed ticket, one the sender is not part of): a new ticket, and why. */
    void opensNew(Threading why, String detail) {
        this.ticketId = null;
        this.ticketNumber = null;
        this.threading = why;
        this.threadingDetail = detail;
    }

    void answersInternalNote() {
        internal = true;
    }

    void reportsDelivery() {
        deliveryReport = true;
    }

    public boolean continuesTicket() {
        return ticketId != null;
    }

    public String quarantineReason() {
        return quarantineReason;
    }

    void quarantine(String reason) {
        quarantineReason = reason;
    }

    public boolean held() {
        return quarantineReason != null;
    }
}
