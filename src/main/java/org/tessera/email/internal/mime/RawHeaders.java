package org.tessera.email.internal.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header block read from bytes, as the sender wrote it: fields unfolded but not yet decoded, so that raw 8-bit
 * text can be decoded with the best guess of its charset instead of being mangled on the way in.
 */
public final class RawHeaders {

    private final List<Field> fields;
    private final int bodyOffset;

    private RawHeaders(List<Field> fields, int bodyOffset) {
        this.fields = fields;
        this.bodyOffset = bodyOffset;
    }

    /** One header field: its name and its unfolded value as raw bytes. */
    public record Field(String name, byte[] value) {

        public String latin1() {
            return new String(value, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Where the message really starts: an mbox "From " line, or any other line that is not a header (a client's
     * "---- Original message ----"), is skipped.
     */
    public static int start(byte[] raw) {
        int offset = 0;
        for (int skipped = 0; skipped < 5 && offset < raw.length; skipped++) {
            int end = lineEnd(raw, offset);
            if (looksLikeHeader(raw, offset, end)) {
                return offset;
            }
            offset = next(raw, end);
        }
        return 0;
    }

    public static RawHeaders read(byte[] raw, int from) {
        var fields = new ArrayList<Field>();
        int offset = from;
        String name = null;
        var value = new ByteArrayOutputStream();
        while (offset < raw.length) {
            int end = lineEnd(raw, offset);
            if (end == offset) {
                offset = next(raw, end);
                break;
            }
            byte first = raw[offset];
            if ((first == ' ' || first == '\t') && name != null) {
                value.write(raw, offset, end - offset);
            } else {
                if (name != null) {
                    fields.add(new Field(name, trim(value.toByteArray())));
                }
                int colon = indexOf(raw, offset, end, (byte) ':');
                if (colon <= offset || !looksLikeHeader(raw, offset, end)) {
                    // Not a header: the header block ended without its empty line (the body starts here).
                    name = null;
                    break;
                }
                name = new String(raw, offset, colon - offset, StandardCharsets.ISO_8859_1).trim();
                value.reset();
                int valueStart = colon + 1;
                value.write(raw, valueStart, end - valueStart);
            }
            offset = next(raw, end);
        }
        if (name != null) {
            fields.add(new Field(name, trim(value.toByteArray())));
        }
        return new RawHeaders(fields, Math.min(offset, raw.length));
    }

    public List<Field> fields() {
        return fields;
    }

    public int bodyOffset() {
        return bodyOffset;
    }

    public Field first(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    public List<Field> all(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    public boolean has(String name) {
        return first(name) != null;
    }

    /** The field's text, 8-bit bytes decoded by their best guess and encoded words decoded. */
    public String text(String name, Charset fallback) {
        Field f = first(name);
        return f == null ? null : EncodedWords.decode(Charsets.header(f.value(), fallback));
    }

    /** The field's text without decoding encoded words: for structured fields that are parsed first. */
    public String undecoded(String name, Charset fallback) {
        Field f = first(name);
        return f == null ? null : Charsets.header(f.value(), fallback);
    }

    public String lower(String name) {
        Field f = first(name);
        return f == null ? "" : f.latin1().trim().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHeader(byte[] raw, int start, int end) {
        if (end - start >= 5 && raw[start] == 'F' && raw[start + 1] == 'r' && raw[start + 2] == 'o'
                && raw[start + 3] == 'm' && raw[start + 4] == ' ') {
            return false;
        }
        for (int i = start; i < end; i++) {
            byte b = raw[i];
            if (b == ':') {
                return i > start;
            }
            if (b <= 32 || b >= 127) {
                return false;
            }
        }
        return false;
    }

    private static int indexOf(byte[] raw, int start, int end, byte wanted) {
        for (int i = start; i < end; i++) {
            if (raw[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the line starting at offset, before its CR LF or LF. */
    static int lineEnd(byte[] raw, int offset) {
        int i = offset;
        while (i < raw.length && raw[i] != '\n') {
            i++;
        }
        return i > offset && i <= raw.length && raw[i - 1] == '\r' ? i - 1 : i;
    }

    static int next(byte[] raw, int lineEnd) {
        int i = lineEnd;
        if (i < raw.length && raw[i] == '\r') {
            i++;
        }
        if (i < raw.length && raw[i] == '\n') {
            i++;
        }
        return i;
    }

    private static byte[] trim(byte[] bytes) {
        int start = 0;
        int end = bytes.length;
        while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
            start++;
        }
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r')) {
            end--;
        }
        byte[] out = new byte[end - start];
        System.arraycopy(bytes, start, out, 0, out.length);
        return out;
    }
}
