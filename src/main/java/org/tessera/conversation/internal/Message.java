package org.tessera.conversation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tessera.conversation.Visibility;

@Entity
@Table(name = "conversation_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private Long ticketId;
    @Column(name = "author_id")
    private Long authorId;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private String body;
    @Column(name = "body_html")
    private String bodyHtml;
    private String channel;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Message() {
    }

    public Message(long ticketId, long authorId, Visibility visibility, String body, String channel, Instant at) {
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.visibility = visibility;
        this.body = body;
        this.channel = channel;
        this.createdAt = at;
    }

    /** A message that arrived formatted (an HTML email): its sanitized HTML beside the plain text. */
    public Message(long ticketId, long authorId, Visibility visibility, String body, String bodyHtml, String channel,
                   Instant at) {
        this(ticketId, authorId, visibility, body, channel, at);
        this.bodyHtml = bodyHtml;
    }

    /** The content read again from its source (an email parsed anew). */
    public void revise(String body, String bodyHtml) {
        this.body = body;
        this.bodyHtml = bodyHtml;
    }

    public void moveTo(long ticketId) {
        this.ticketId = ticketId;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public Long id() {
        return id;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long authorId() {
        return authorId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String body() {
        return body;
    }

    public String channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
