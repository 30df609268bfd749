package org.tessera.workspace;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.Upload;
import org.tessera.identity.Actor;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;

/**
 * Opens a ticket from the agent's form: the requester found or created by email, the ticket, and its files, all in
 * one transaction, so a failing upload leaves neither a ticket without its files nor a stray customer.
 */
@Service
class TicketIntake {

    private final TicketManagement tickets;
    private final Conversations conversations;

    TicketIntake(TicketManagement tickets, Conversations conversations) {
        this.tickets = tickets;
        this.conversations = conversations;
    }

    @Transactional
    TicketDetails open(OpenTicket request, String requesterEmail, List<Upload> files, Actor actor) {
        TicketDetails ticket = tickets.openFor(requesterEmail, null, request, actor);
        if (!files.isEmpty()) {
            conversations.attachToTicket(ticket.id(), files, actor);
        }
        return ticket;
    }
}
