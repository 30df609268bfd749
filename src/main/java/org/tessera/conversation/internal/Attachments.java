package org.tessera.conversation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Attachments extends JpaRepository<Attachment, Long> {

    @Query("select a from Attachment a where a.messageId in ?1 order by a.id")
    List<Attachment> ofMessages(Collection<Long> messageIds);

    @Query("select a from Attachment a where a.messageId = ?1 order by a.id")
    List<Attachment> ofMessage(long messageId);

    @Query("select a from Attachment a where a.ticketId = ?1 and a.messageId is null order by a.id")
    List<Attachment> ofDescription(long ticketId);
}
