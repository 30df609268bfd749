package org.tessera.sla;

/** What an SLA target measures. */
public enum SlaMetric {
    /** From the ticket's opening to the helpdesk's first public reply. */
    FIRST_RESPONSE,
    /** From a customer's reply to the helpdesk's next public reply. */
    NEXT_RESPONSE,
    /** From the ticket's opening until it is resolved. */
    RESOLUTION;

    public String label() {
        return switch (this) {
            case FIRST_RESPONSE -> "First response";
            case NEXT_RESPONSE -> "Next response";
            case RESOLUTION -> "Resolution";
        };
    }
}
