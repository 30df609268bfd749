package org.tessera.conversation;

/** Who may read a message: everyone on the ticket, or only the helpdesk side (agents, admins, collaborators). */
public enum Visibility {
    PUBLIC, INTERNAL
}
