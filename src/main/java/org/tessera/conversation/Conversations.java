package org.tessera.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.conversation.internal.Attachment;
import org.tessera.conversation.internal.Attachments;
import org.tessera.conversation.internal.BlobStore;
import org.tessera.conversation.internal.Message;
import org.tessera.conversation.internal.Messages;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.ticket.TicketAccess;
import org.tessera.ticket.TicketManagement;
import org.tessera.ticket.TicketQueries;

/** Replies, internal notes and attachments on tickets, read and written as the actor is allowed to. */
@Service
@Transactional
public class Conversations {

    public static final int MAX_BODY = 100_000;
    public static final int MAX_FILES = 20;

    private final Messages messages;
    private final Attachments attachments;
    private final BlobStore blobs;
    private final TicketQueries tickets;
    private final TicketManagement ticketManagement;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(Messages messages, Attachments attachments, BlobStore blobs, TicketQueries tickets,
                  TicketManagement ticketManagement, Directory directory, ApplicationEventPublisher events,
                  Optional<Clock> clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.blobs = blobs;
        this.tickets = tickets;
        this.ticketManagement = ticketManagement;
        this.directory = directory;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public MessageView append(long ticketId, String body, Visibility visibility, List<Upload> uploads, String channel,
                              Actor actor) {
        TicketAccess access = tickets.access(ticketId, actor);
        Visibility chosen = visibility == null ? Visibility.PUBLIC : visibility;
        if (chosen == Visibility.INTERNAL && !actor.seesInternalNotes()) {
            throw new Forbidden("Customers cannot write internal notes");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() && uploads.isEmpty()) {
            throw new InvalidInput("body", "must not be empty");
        }
        if (text.length() > MAX_BODY) {
            throw new InvalidInput("body", "must have at most " + MAX_BODY + " characters");
        }
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInput("files", "at most " + MAX_FILES + " files at once");
        }
        if (access.closed() && actor.isCustomer()) {
            throw new Conflict("ticketId", "This ticket is closed; please open a new one");
        }
        Instant now = now();
        // Automation speaks as the "Tessera" account, so that every message has an author to show.
        long authorId = actor.isSystem() ? directory.systemUserId() : actor.userId();
        Message message = messages.save(new Message(ticketId, authorId, chosen, text,
                channel == null ? "web" : channel, now));
        List<AttachmentView> files = store(ticketId, message.id(), uploads, actor, now);
        ticketManagement.recordMessage(ticketId, actor.isStaff(), chosen == Visibility.PUBLIC, now);
        events.publishEvent(new MessageAppended(message.id(), ticketId, authorId, chosen, message.channel(), now));
        return view(message, directory.user(authorId).orElse(null), files);
    }

    /**
     * A message a channel received (an email), recorded as from its author without checking their reading rights:
     * the channel decided where it belongs. Text beyond {@link #MAX_BODY} is cut, with a note saying so.
     */
    public MessageView receive(ReceivedMessage received) {
        Instant now = now();
        UserSummary author = directory.user(received.authorId())
                .orElseThrow(() -> new InvalidInput("authorId", "no user with the id " + received.authorId()));
        Visibility visibility = received.visibility() == null ? Visibility.PUBLIC : received.visibility();
        Message message = messages.save(new Message(received.ticketId(), author.id(), visibility,
                bounded(received.text()), received.html(), received.channel() == null ? "email" : received.channel(),
                now));
        List<AttachmentView> files = storeReceived(received.ticketId(), message.id(), received.files(), author.id(),
                now);
        ticketManagement.recordMessage(received.ticketId(), author.role().isStaff(), visibility == Visibility.PUBLIC,
                now);
        events.publishEvent(new MessageAppended(message.id(), received.ticketId(), author.id(), visibility,
                message.channel(), now));
        return view(message, author, files);
    }

    /** The content of a received message read again from its source: text, HTML and files are replaced. */
    public MessageView revise(long messageId, String text, String html, List<ReceivedFile> files) {
        Message message = messages.findById(messageId).orElseThrow(() -> new NotFound("Message " + messageId));
        message.revise(bounded(text), html);
        attachments.deleteAll(attachments.ofMessage(messageId));
        attachments.flush();
        List<AttachmentView> stored = storeReceived(message.ticketId(), messageId, files, message.authorId(), now());
        return view(message, directory.user(message.authorId()).orElse(null), stored);
    }

    /** Staff move a message, with its files, to the ticket it really belongs to. */
    public MessageView move(long messageId, long targetTicketId, Actor actor) {
        if (!actor.isStaff()) {
            throw new Forbidden("Only agents move messages");
        }
        Message message = messages.findById(messageId).orElseThrow(() -> new NotFound("Message " + messageId));
        tickets.access(message.ticketId(), actor);
        TicketAccess target = tickets.access(targetTicketId, actor);
        message.moveTo(target.ticketId());
        List<Attachment> files = attachments.ofMessage(messageId);
        files.forEach(a -> a.moveTo(target.ticketId()));
        UserSummary author = directory.user(message.authorId()).orElse(null);
        ticketManagement.recordMessage(target.ticketId(), author != null && author.role().isStaff(),
                message.visibility() == Visibility.PUBLIC, now());
        return view(message, author, files.stream().map(Attachment::view).toList());
    }

    /** One message, if the actor may read it. */
    @Transactional(readOnly = true)
    public MessageView message(long messageId, Actor actor) {
        Message message = messages.findById(messageId).orElseThrow(() -> new NotFound("Message"));
        try {
            tickets.access(message.ticketId(), actor);
        } catch (NotFound hidden) {
            throw new NotFound("Message");
        }
        if (message.visibility() == Visibility.INTERNAL && !actor.seesInternalNotes()) {
            throw new NotFound("Message");
        }
        return view(message, directory.user(message.authorId()).orElse(null),
                attachments.ofMessage(messageId).stream().map(Attachment::view).toList());
    }

    /** The HTML of the ticket's formatted messages the actor may read, with their inline images. */
    @Transactional(readOnly = true)
    public List<FormattedBody> formatted(long ticketId, Actor actor) {
        tickets.access(ticketId, actor);
        Set<Visibility> readable = actor.seesInternalNotes() ? EnumSet.allOf(Visibility.class)
                : EnumSet.of(Visibility.PUBLIC);
        List<Message> found = messages.onTicket(ticketId, readable).stream().filter(m -> m.bodyHtml() != null).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attachment>> files = attachments.ofMessages(found.stream().map(Message::id).toList()).stream()
                .collect(Collectors.groupingBy(Attachment::messageId));
        return found.stream().map(m -> {
            var inline = new java.util.LinkedHashMap<String, Long>();
            for (Attachment a : files.getOrDefault(m.id(), List.of())) {
                if (a.contentId() != null) {
                    inline.putIfAbsent(a.contentId(), a.id());
                }
            }
            return new FormattedBody(m.id(), m.bodyHtml(), inline);
        }).toList();
    }

    /** Files that came with the ticket itself rather than with a message: public, like its description. */
    public List<AttachmentView> attachToTicket(long ticketId, List<Upload> uploads, Actor actor) {
        tickets.access(ticketId, actor);
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInput("files", "at most " + MAX_FILES + " files at once");
        }
        return store(ticketId, null, uploads, actor, now());
    }

    @Transactional(readOnly = true)
    public List<MessageView> messages(long ticketId, Actor actor) {
        tickets.access(ticketId, actor);
        Set<Visibility> readable = actor.seesInternalNotes() ? EnumSet.allOf(Visibility.class)
                : EnumSet.of(Visibility.PUBLIC);
        List<Message> found = messages.onTicket(ticketId, readable);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentView>> files = attachments.ofMessages(found.stream().map(Message::id).toList())
                .stream().map(Attachment::view).collect(Collectors.groupingBy(AttachmentView::messageId));
        Set<Long> authorIds = new HashSet<>();
        found.forEach(m -> authorIds.add(m.authorId()));
        Map<Long, UserSummary> authors = directory.users(authorIds);
        return found.stream()
                .map(m -> view(m, authors.get(m.authorId()), files.getOrDefault(m.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> ticketAttachments(long ticketId, Actor actor) {
        tickets.access(ticketId, actor);
        return attachments.ofDescription(ticketId).stream().map(Attachment::view).toList();
    }

    /** The file, if the actor may see the ticket and, for a note's attachment, internal notes. */
    @Transactional(readOnly = true)
    public StoredFile download(long attachmentId, Actor actor) {
        return file(attachmentId, actor, actor.seesInternalNotes());
    }

    /**
     * The file, if it belongs to the public conversation of a ticket the actor may see: for the customer's face (the
     * portal), which never shows an internal note, whoever looks.
     */
    @Transactional(readOnly = true)
    public StoredFile publicDownload(long attachmentId, Actor actor) {
        return file(attachmentId, actor, false);
    }

    private StoredFile file(long attachmentId, Actor actor, boolean internalNotesToo) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(() -> new NotFound("Attachment"));
        try {
            tickets.access(attachment.ticketId(), actor);
        } catch (NotFound hidden) {
            throw new NotFound("Attachment");
        }
        if (attachment.messageId() != null && !internalNotesToo) {
            boolean internal = messages.findById(attachment.messageId())
                    .map(m -> m.visibility() == Visibility.INTERNAL).orElse(true);
            if (internal) {
                throw new NotFound("Attachment");
            }
        }
        return new StoredFile(blobs.pathOf(attachment.sha256()), attachment.filename(), attachment.contentType(),
                attachment.size());
    }

    private List<AttachmentView> store(long ticketId, Long messageId, List<Upload> uploads, Actor actor, Instant now) {
        var stored = new ArrayList<AttachmentView>();
        for (Upload upload : uploads) {
            String filename = cleanFilename(upload.filename());
            try (InputStream in = upload.open()) {
                var blob = blobs.store(in, filename);
                String type = upload.contentType() == null || upload.contentType().isBlank()
                        ? "application/octet-stream" : upload.contentType();
                stored.add(attachments.save(new Attachment(ticketId, messageId, blob, filename, type,
                        actor.userId(), now)).view());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private List<AttachmentView> storeReceived(long ticketId, long messageId, List<ReceivedFile> files, long authorId,
                                               Instant now) {
        var stored = new ArrayList<AttachmentView>();
        for (ReceivedFile received : files == null ? List.<ReceivedFile>of() : files) {
            Upload upload = received.file();
            String filename = cleanFilename(upload.filename());
            try (InputStream in = upload.open()) {
                var blob = blobs.store(in, filename);
                String type = upload.contentType() == null || upload.contentType().isBlank()
                        ? "application/octet-stream" : upload.contentType();
                stored.add(attachments.save(new Attachment(ticketId, messageId, blob, filename, type, authorId, now,
                        received.contentId(), received.inline())).view());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private static String bounded(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= MAX_BODY ? clean
                : clean.substring(0, MAX_BODY - 200) + "\n\n[… the rest of this message is in its original]";
    }

    /** Keep the name people gave the file, minus any path a browser or mail client put in front of it. */
    static String cleanFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            return "file";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static MessageView view(Message m, UserSummary author, List<AttachmentView> files) {
        return new MessageView(m.id(), m.ticketId(), m.visibility(), m.body(), author, files, m.channel(),
                m.createdAt());
    }

    /** PostgreSQL keeps microseconds; so do we, so that what we return equals what we stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
