package org.tessera.email.internal.mime;

/**
 * A file that came with a message: its name (made up from the type when the sender gave none), its MIME type, its
 * decoded content, and for inline images the Content-ID that the HTML refers to as {@code cid:}.
 */
public record ParsedAttachment(String filename, String contentType, byte[] content, String contentId, boolean inline,
                               String description) {

    public long size() {
        return content.length;
    }

    public ParsedAttachment named(String newName) {
        return new ParsedAttachment(newName, contentType, content, contentId, inline, description);
    }

    public ParsedAttachment withContentId(String id) {
        return new ParsedAttachment(filename, contentType, content, id, true, description);
    }
}
