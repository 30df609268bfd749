package org.tessera.email.internal.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words, decoded the way real mail needs: words may sit inside other text, adjacent words in the
 * same charset are joined before decoding (clients split multi-byte characters across them), whitespace between
 * encoded words disappears, and broken base64 or unknown charsets degrade instead of failing.
 */
public final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+?)(?:\\*[^?]*)?\\?([bBqQ])\\?([^?]*?)\\?=");

    private EncodedWords() {
    }

    public static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        var out = new StringBuilder();
        int last = 0;
        String pendingCharset = null;
        var pending = new ByteArrayOutputStream();
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = last > 0 && between.isBlank() && pendingCharset != null;
            String charset = m.group(1);
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between);
                }
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quoted(m.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text.substring(last));
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        Charset named = Charsets.named(charset);
        out.append(named == null ? Charsets.guess(bytes) : Charsets.decode(bytes, charset));
    }

    static byte[] base64(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
        int rest = clean.length() % 4;
        if (rest == 1) {
            clean = clean.substring(0, clean.length() - 1);
        } else if (rest > 1) {
            clean = clean + "==".substring(0, 4 - rest);
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException broken) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static byte[] quoted(String text) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() + 0 && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String text, int i) {
        return i < text.length() && Character.digit(text.charAt(i), 16) >= 0;
    }
}
