package org.tessera.knowledge;

/** Who may read an article once it is published. */
public enum Audience {
    /** Everyone, without signing in. */
    PUBLIC,
    /** Anyone signed in: every customer, and the helpdesk's own people. */
    CUSTOMERS,
    /** Customers of the organizations the article names, and the helpdesk's own people. */
    ORGANIZATIONS,
    /** Only the helpdesk's own people: admins, agents and collaborators. */
    INTERNAL
}
