package org.tessera.workspace;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.Upload;
import org.tessera.identity.Actor;
import org.tessera.identity.UserManagement;
import org.tessera.shared.InvalidInput;
import org.tessera.ticket.OpenTicket;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketManagement;

/**
 * Opens a ticket from the agent's form: the requester found or created by email, the ticket, and its files, all in
 * one transaction, so a failing upload never leaves a ticket without the files it was sent with.
 */
@Service
class TicketIntake {

    private final UserManagement users;
    private final TicketManagement tickets;
    private final Conversations conversations;

    TicketIntake(UserManagement users, TicketManagement tickets, Conversations conversations) {
        this.users = users;
        this.tickets = tickets;
        this.conversations = conversations;
    }

    @Transactional
    TicketDetails open(OpenTicket request, String requesterEmail, List<Upload> files, Actor actor) {
        OpenTicket withRequester = request;
        if (requesterEmail != null && !requesterEmail.isBlank()) {
            if (!actor.isStaff()) {
                throw new InvalidInput("requesterEmail", "only agents open tickets for someone else");
            }
            long requesterId = users.findOrCreateCustomer(requesterEmail, null).id();
            withRequester = new OpenTicket(request.subject(), request.description(), requesterId, request.typeKey(),
                    request.priority(), request.statusKey(), request.assigneeId(), request.teamId(), request.tags(),
                    request.dueAt(), request.customFields(), request.followerIds(), request.channel());
        }
        TicketDetails ticket = tickets.open(withRequester, actor);
        if (!files.isEmpty()) {
            conversations.attachToTicket(ticket.id(), files, actor);
        }
        return ticket;
    }
}
