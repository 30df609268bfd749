package org.tessera.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.conversation.MessageView;
import org.tessera.conversation.Visibility;
import org.tessera.identity.Role;
import org.tessera.identity.UserSummary;
import org.tessera.notification.internal.WhoIsToldProbe;
import org.tessera.notification.internal.Participants;

/** The rules of who is told what, on a ticket with a requester, a cc'd customer, an assignee and a colleague. */
class WhoHearsWhatTests {

    private static final UserSummary ANA = new UserSummary(1, "ana@example.org", "Ana", Role.CUSTOMER, null);
    private static final UserSummary CARLA = new UserSummary(2, "carla@example.org", "Carla", Role.CUSTOMER, null);
    private static final UserSummary RUI = new UserSummary(3, "rui@help.example", "Rui", Role.AGENT, null);
    private static final UserSummary LIA = new UserSummary(4, "lia@help.example", "Lia", Role.AGENT, null);

    private final Participants ticket = new Participants(ANA, RUI, List.of(CARLA, LIA));

    @Test
    void anAgentsPublicReplyReachesTheCustomersAsTheConversationAndTheColleagueAsAnUpdate() {
        var told = WhoIsToldProbe.aboutMessage(ticket, message(RUI, Visibility.PUBLIC), Set.of());

        assertThat(told).containsExactlyInAnyOrder("ana@example.org:PUBLIC_REPLY", "carla@example.org:PUBLIC_REPLY",
                "lia@help.example:TICKET_UPDATE");
    }

    @Test
    void anInternalNoteNeverReachesACustomer() {
        var told = WhoIsToldProbe.aboutMessage(ticket, message(LIA, Visibility.INTERNAL), Set.of());

        assertThat(told).containsExactly("rui@help.example:INTERNAL_NOTE");
    }

    @Test
    void anAssigneeWhoIsNoLongerAnAgentHearsNoInternalNote() {
        var formerAgent = new UserSummary(5, "ex@help.example", "Ex", Role.CUSTOMER, null);
        var collaborator = new UserSummary(6, "col@help.example", "Col", Role.COLLABORATOR, null);
        var stillAssigned = new Participants(ANA, formerAgent, List.of(CARLA, LIA, collaborator));

        var told = WhoIsToldProbe.aboutMessage(stillAssigned, message(LIA, Visibility.INTERNAL), Set.of());

        assertThat(told).containsExactly("col@help.example:INTERNAL_NOTE");
    }

    @Test
    void anAssigneeMadeACollaboratorHearsNoInternalNoteOfATicketTheyDoNotFollow() {
        var nowCollaborator = new UserSummary(7, "was-agent@help.example", "Was", Role.COLLABORATOR, null);

        var told = WhoIsToldProbe.aboutMessage(new Participants(ANA, nowCollaborator, List.of(LIA)),
                message(RUI, Visibility.INTERNAL), Set.of());

        assertThat(told).containsExactly("lia@help.example:INTERNAL_NOTE");
    }

    @Test
    void nobodyHearsWhatTheyWroteOrWhatTheirMailboxAlreadyHas() {
        var told = WhoIsToldProbe.aboutMessage(ticket, message(ANA, Visibility.PUBLIC),
                Set.of("ana@example.org", "carla@example.org", "support@help.example"));

        assertThat(told).containsExactlyInAnyOrder("rui@help.example:TICKET_UPDATE", "lia@help.example:TICKET_UPDATE");
    }

    @Test
    void theRequesterOfANewTicketIsAcknowledgedUnlessTheirMailWasAutomatic() {
        assertThat(WhoIsToldProbe.aboutNewTicket(ticket, true)).containsExactly("ana@example.org:ACKNOWLEDGEMENT");
        assertThat(WhoIsToldProbe.aboutNewTicket(ticket, false)).isEmpty();
    }

    @Test
    void anAgentWhoTakesATicketThemselvesIsNotToldSo() {
        assertThat(WhoIsToldProbe.aboutAssignment(ticket, RUI.id())).isEmpty();
        assertThat(WhoIsToldProbe.aboutAssignment(ticket, LIA.id())).containsExactly("rui@help.example:ASSIGNED");
    }

    private static MessageView message(UserSummary author, Visibility visibility) {
        return new MessageView(99, 10, visibility, "Text", author, List.of(), "web", Instant.now());
    }
}
