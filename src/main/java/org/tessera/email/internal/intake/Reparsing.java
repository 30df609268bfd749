package org.tessera.email.internal.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tessera.conversation.Conversations;
import org.tessera.conversation.FileStore;
import org.tessera.email.internal.mime.MimeParser;
import org.tessera.email.internal.mime.ParsedMessage;
import org.tessera.shared.Conflict;
import org.tessera.shared.NotFound;

/** An email's original read again and its message's content replaced by what the parser reads today. */
@Component
public class Reparsing {

    private final EmailRecords records;
    private final Conversations conversations;
    private final FileStore files;
    private final Clock clock;

    Reparsing(EmailRecords records, Conversations conversations, FileStore files, Optional<Clock> clock) {
        this.records = records;
        this.conversations = conversations;
        this.files = files;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void reparse(long emailId) {
        EmailRecord email = records.byId(emailId).orElseThrow(() -> new NotFound("Email " + emailId));
        if (email.conversationMessageId() == null) {
            throw new Conflict("emailId", "This email has no message to replace");
        }
        ParsedMessage parsed;
        try {
            parsed = new MimeParser().parse(files.read(email.rawSha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReceivedContent content = ReceivedContent.of(parsed, files.attachmentLimit());
        conversations.revise(email.conversationMessageId(), content.text(), content.html(), content.files());
        records.reparsed(emailId, parsed, Instant.now(clock));
    }
}
