package org.tessera.email;

/** Why an inbound email landed where it did; shown beside the message, so an agent can tell and correct it. */
public enum Threading {
    /** Not yet decided (the intake is under way). */
    PENDING,
    /** Nothing named a ticket: a new one. */
    NEW_TICKET,
    /** In-Reply-To or References named a Message-ID of mail Tessera sent about the ticket. */
    OUR_MESSAGE_ID,
    /** In-Reply-To or References named an earlier email of the ticket's thread. */
    KNOWN_MESSAGE_ID,
    /** A delivery report about mail Tessera sent about the ticket. */
    DELIVERY_REPORT,
    /** The subject carried the ticket's token, [#1042]. */
    SUBJECT_TOKEN,
    /** It was sent to the ticket's reply address, support+t1042@... */
    PLUS_ADDRESS,
    /** It followed up a closed ticket, so it opened a new one. */
    CLOSED_TICKET,
    /** It named a ticket the sender is not part of, so it opened a new one. */
    NOT_A_PARTICIPANT,
    /** An agent moved it here from another ticket. */
    MOVED,
    /** An agent split it off into this new ticket. */
    SPLIT
}
