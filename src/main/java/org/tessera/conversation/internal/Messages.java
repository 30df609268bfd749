package org.tessera.conversation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tessera.conversation.Visibility;

public interface Messages extends JpaRepository<Message, Long> {

    @Query("select m from Message m where m.ticketId = ?1 and m.visibility in ?2 order by m.id")
    List<Message> onTicket(long ticketId, Collection<Visibility> visibilities);
}
