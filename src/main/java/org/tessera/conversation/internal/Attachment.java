package org.tessera.conversation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tessera.conversation.AttachmentView;

@Entity
@Table(name = "conversation_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private Long ticketId;
    @Column(name = "message_id")
    private Long messageId;
    private String sha256;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    private long size;
    @Column(name = "content_id")
    private String contentId;
    private boolean inline;
    @Column(name = "uploaded_by")
    private Long uploadedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(long ticketId, Long messageId, StoredBlob blob, String filename, String contentType,
                      Long uploadedBy, Instant at) {
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.sha256 = blob.sha256();
        this.size = blob.size();
        this.filename = filename;
        this.contentType = contentType;
        this.uploadedBy = uploadedBy;
        this.createdAt = at;
    }

    /** A file of a formatted message; an inline one is shown where its HTML refers to it as cid:contentId. */
    public Attachment(long ticketId, Long messageId, StoredBlob blob, String filename, String contentType,
                      Long uploadedBy, Instant at, String contentId, boolean inline) {
        this(ticketId, messageId, blob, filename, contentType, uploadedBy, at);
        this.contentId = contentId;
        this.inline = inline;
    }

    public void moveTo(long ticketId) {
        this.ticketId = ticketId;
    }

    public Long id() {
        return id;
    }

    public String contentId() {
        return contentId;
    }

    public boolean inline() {
        return inline;
    }

    public AttachmentView view() {
        return new AttachmentView(id, messageId, filename, contentType, size);
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long messageId() {
        return messageId;
    }

    public String sha256() {
        return sha256;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }
}
