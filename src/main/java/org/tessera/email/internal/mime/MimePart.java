package org.tessera.email.internal.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One node of a MIME tree, read straight from the message's bytes: its own header block and the byte range of its
 * body. Nothing is decoded until asked, and nothing here throws on malformed input.
 */
public final class MimePart {

    private static final int MAX_DEPTH = 20;

    private final byte[] raw;
    private final RawHeaders headers;
    private final int bodyStart;
    private final int bodyEnd;
    private final Charset headerFallback;
    private final String defaultType;
    private HeaderParameters contentType;
    private HeaderParameters disposition;

    private MimePart(byte[] raw, RawHeaders headers, int bodyStart, int bodyEnd, Charset headerFallback,
                     String defaultType) {
        this.raw = raw;
        this.headers = headers;
        this.bodyStart = bodyStart;
        this.bodyEnd = Math.max(bodyStart, bodyEnd);
        this.headerFallback = headerFallback;
        this.defaultType = defaultType;
    }

    public static MimePart read(byte[] raw, int from, int to, Charset headerFallback, String defaultType) {
        RawHeaders headers = RawHeaders.read(java.util.Arrays.copyOfRange(raw, from, to), 0);
        return new MimePart(raw, headers, from + headers.bodyOffset(), to, headerFallback, defaultType);
    }

    public RawHeaders headers() {
        return headers;
    }

    public Charset headerFallback() {
        return headerFallback;
    }

    /** "text/plain" when the part says nothing (or "message/rfc822" inside a digest), always lower case. */
    public String mimeType() {
        String value = contentType().value();
        if (value.isEmpty() || !value.contains("/")) {
            return defaultType;
        }
        return value.replaceAll("\\s", "");
    }

    public boolean isMultipart() {
        return mimeType().startsWith("multipart/");
    }

    public HeaderParameters contentType() {
        if (contentType == null) {
            contentType = HeaderParameters.parse(headers.undecoded("Content-Type", headerFallback));
        }
        return contentType;
    }

    public HeaderParameters disposition() {
        if (disposition == null) {
            disposition = HeaderParameters.parse(headers.undecoded("Content-Disposition", headerFallback));
        }
        return disposition;
    }

    public boolean isAttachment() {
        return disposition().value().startsWith("attachment");
    }

    public boolean isInline() {
        return disposition().value().startsWith("inline");
    }

    public String charset() {
        return contentType().get("charset");
    }

    /** The name the sender gave the file: Content-Disposition's filename, else Content-Type's name. */
    public String filename() {
        String name = disposition().get("filename");
        if (name == null || name.isBlank()) {
            name = contentType().get("name");
        }
        return name == null || name.isBlank() ? null : name.strip();
    }

    public String contentId() {
        String id = headers.text("Content-ID", headerFallback);
        if (id == null) {
            return null;
        }
        String clean = id.strip().replaceAll("^<|>$", "").strip();
        return clean.isEmpty() ? null : clean;
    }

    public String description() {
        String text = headers.text("Content-Description", headerFallback);
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String transferEncoding() {
        return headers.lower("Content-Transfer-Encoding");
    }

    /** The body with its transfer encoding removed, charset untouched. */
    public byte[] content() {
        return TransferEncoding.decode(raw, bodyStart, bodyEnd, transferEncoding());
    }

    /** The body exactly as it stands in the message. */
    public byte[] rawBody() {
        return java.util.Arrays.copyOfRange(raw, bodyStart, bodyEnd);
    }

    /** The body as text: in its declared charset, or when it declares none, in the one the message declares. */
    public String text() {
        byte[] content = content();
        return charset() == null ? Charsets.guess(content, headerFallback) : Charsets.decode(content, charset());
    }

    /**
     * The parts of a multipart body, split on its boundary. A missing boundary parameter is guessed from the first
     * line that looks like one; without any boundary line there are no children and the caller reads the body as
     * text.
     */
    public List<MimePart> children(int depth) {
        if (!isMultipart() || depth > MAX_DEPTH) {
            return List.of();
        }
        String boundary = contentType().get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            boundary = guessBoundary();
            if (boundary == null) {
                return List.of();
            }
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        String childType = mimeType().equals("multipart/digest") ? "message/rfc822" : "text/plain";
        var children = new ArrayList<MimePart>();
        int partStart = -1;
        int offset = bodyStart;
        while (offset < bodyEnd) {
            int end = Math.min(RawHeaders.lineEnd(raw, offset), bodyEnd);
            if (startsWith(offset, end, delimiter)) {
                boolean closing = end - offset >= delimiter.length + 2 && raw[offset + delimiter.length] == '-'
                        && raw[offset + delimiter.length + 1] == '-';
                if (partStart >= 0) {
                    children.add(read(raw, partStart, lineBreakBefore(offset, partStart), headerFallback, childType));
                }
                if (closing) {
                    return children;
                }
                partStart = RawHeaders.next(raw, end);
            }
            offset = RawHeaders.next(raw, end);
            if (offset == end) {
                break;
            }
        }
        if (partStart >= 0 && partStart < bodyEnd) {
            children.add(read(raw, partStart, bodyEnd, headerFallback, childType));
        }
        return children;
    }

    private boolean startsWith(int offset, int end, byte[] prefix) {
        if (end - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (raw[offset + i] != prefix[i]) {
                return false;
            }
        }
        // "--boundary" followed by anything but whitespace or "--" is a longer boundary of a nested part.
        for (int i = offset + prefix.length; i < end; i++) {
            byte b = raw[i];
            if (b == '-' && i < offset + prefix.length + 2) {
                continue;
            }
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The line break before a delimiter belongs to the delimiter, not to the part's content. */
    private int lineBreakBefore(int delimiterStart, int partStart) {
        int end = delimiterStart;
        if (end > partStart && raw[end - 1] == '\n') {
            end--;
            if (end > partStart && raw[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private String guessBoundary() {
        int offset = bodyStart;
        while (offset < bodyEnd) {
            int end = Math.min(RawHeaders.lineEnd(raw, offset), bodyEnd);
            if (end - offset > 2 && raw[offset] == '-' && raw[offset + 1] == '-') {
                String line = new String(raw, offset + 2, end - offset - 2, StandardCharsets.ISO_8859_1).strip();
                if (!line.isEmpty() && !line.contains(" ")) {
                    return line.endsWith("--") ? line.substring(0, line.length() - 2) : line;
                }
            }
            int next = RawHeaders.next(raw, end);
            if (next == offset) {
                break;
            }
            offset = next;
        }
        return null;
    }

    public String header(String name) {
        return headers.text(name, headerFallback);
    }

    @Override
    public String toString() {
        return mimeType() + (filename() == null ? "" : " " + filename()).toLowerCase(Locale.ROOT);
    }
}
