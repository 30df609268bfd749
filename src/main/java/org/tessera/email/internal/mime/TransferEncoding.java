package org.tessera.email.internal.mime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Content-Transfer-Encoding, decoded leniently: base64 with stray characters or a wrong length, quoted-printable
 * with broken escapes, uuencode; an unknown encoding (some clients write "UTF-8" here) is read as it stands.
 */
public final class TransferEncoding {

    private TransferEncoding() {
    }

    public static byte[] decode(byte[] raw, int from, int to, String encoding) {
        String name = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "base64" -> base64(raw, from, to);
            case "quoted-printable" -> quotedPrintable(raw, from, to);
            case "x-uuencode", "uuencode", "x-uue" -> uudecode(raw, from, to);
            default -> java.util.Arrays.copyOfRange(raw, from, to);
        };
    }

    static byte[] base64(byte[] raw, int from, int to) {
        var out = new ByteArrayOutputStream((to - from) * 3 / 4 + 3);
        int buffer = 0;
        int bits = 0;
        for (int i = from; i < to; i++) {
            int value = value(raw[i]);
            if (raw[i] == '=') {
                // Padding ends this group; some encoders concatenate several encoded blocks, so keep reading.
                bits = 0;
                buffer = 0;
                continue;
            }
            if (value < 0) {
                continue;
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int value(byte b) {
        if (b >= 'A' && b <= 'Z') return b - 'A';
        if (b >= 'a' && b <= 'z') return b - 'a' + 26;
        if (b >= '0' && b <= '9') return b - '0' + 52;
        if (b == '+' || b == '-') return 62;
        if (b == '/' || b == '_') return 63;
        return -1;
    }

    static byte[] quotedPrintable(byte[] raw, int from, int to) {
        var out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            if (i + 1 < to && raw[i + 1] == '\n') {
                i += 1;
            } else if (i + 2 < to && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < to && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else if (isSoftBreakWithSpaces(raw, i + 1, to)) {
                while (i + 1 < to && raw[i + 1] != '\n') {
                    i++;
                }
                i++;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static boolean isSoftBreakWithSpaces(byte[] raw, int i, int to) {
        while (i < to && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\r')) {
            i++;
        }
        return i < to && raw[i] == '\n';
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        return -1;
    }

    static byte[] uudecode(byte[] raw, int from, int to) {
        var out = new ByteArrayOutputStream();
        // Some senders leave out the "begin" line: then every line is data.
        boolean started = !new String(raw, from, Math.min(to - from, 8192), java.nio.charset.StandardCharsets.ISO_8859_1)
                .matches("(?s)(.*\\n)?begin [0-7]{3,4} .*");
        int offset = from;
        while (offset < to) {
            int end = Math.min(RawHeaders.lineEnd(raw, offset), to);
            String line = new String(raw, offset, end - offset, java.nio.charset.StandardCharsets.ISO_8859_1);
            offset = RawHeaders.next(raw, end);
            if (!started) {
                started = line.startsWith("begin ");
                continue;
            }
            if (line.equals("end") || line.equals("`")) {
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            int length = (line.charAt(0) - 32) & 63;
            int written = 0;
            for (int i = 1; i < line.length() && written < length; i += 4) {
                int a = uu(line, i), b = uu(line, i + 1), c = uu(line, i + 2), d = uu(line, i + 3);
                int[] bytes = {(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d};
                for (int k = 0; k < 3 && written < length; k++, written++) {
                    out.write(bytes[k] & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    private static int uu(String line, int i) {
        return i < line.length() ? (line.charAt(i) - 32) & 63 : 0;
    }
}
