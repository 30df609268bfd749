package org.tessera.email.internal.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Charsets as mail clients name them, and what to do when they lie: labels are mapped to the superset Java knows
 * (GB2312 mail is often GBK), and bytes that are not what the label says are decoded as UTF-8 when they are valid
 * UTF-8, otherwise as Windows-1252, which never fails and is what unlabeled Western mail almost always is; text
 * labeled UTF-8 keeps its valid sequences even around a stray byte.
 */
public final class Charsets {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.of(
            "gb2312", "GB18030", "gbk", "GB18030", "x-gbk", "GB18030", "euc-cn", "GB18030",
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ks_c_5601-1987", "x-windows-949", "big5", "Big5-HKSCS", "shift_jis", "windows-31j");

    private Charsets() {
    }

    /** The charset a label names, or null when Java knows none by that name. */
    public static Charset named(String label) {
        if (label == null) {
            return null;
        }
        String clean = label.trim().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.equals("utf8") || clean.equals("unicode-1-1-utf-8")) {
            clean = "utf-8";
        }
        String name = SUPERSETS.getOrDefault(clean, clean);
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /**
     * Text from bytes labeled with a charset. ASCII-compatible labels that the bytes contradict (8-bit bytes in
     * "us-ascii", UTF-8 in "iso-8859-1") are overruled by what the bytes are.
     */
    public static String decode(byte[] bytes, String label) {
        Charset declared = named(label);
        if (declared == null) {
            return guess(bytes);
        }
        if (isAscii(bytes)) {
            return new String(bytes, declared);
        }
        if (isWesternSingleByte(declared) && hasMultibyteUtf8(bytes) && isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (declared.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
            return utf8WithStrayBytes(bytes);
        }
        String decoded = new String(bytes, declared);
        if (decoded.indexOf('\uFFFD') >= 0) {
            // The label is wrong (Shift_JIS bytes labeled ISO-2022-JP): a relative that fits wins.
            for (Charset relative : relatives(declared)) {
                String better = strictly(bytes, relative);
                if (better != null && better.indexOf('\uFFFD') < 0) {
                    return better;
                }
            }
        }
        return decoded;
    }

    /**
     * Unlabeled bytes: UTF-8 if they are valid UTF-8, else the fallback. With no better fallback than Windows-1252,
     * text whose 8-bit bytes all come in pairs is Chinese, Japanese or Korean far more often than Western, and is
     * read as GB18030 when it decodes cleanly as such.
     */
    public static String guess(byte[] bytes, Charset fallback) {
        if (isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Charset chosen = fallback == null ? WINDOWS_1252 : fallback;
        if (chosen.equals(WINDOWS_1252) && looksDoubleByte(bytes)) {
            String chinese = strictly(bytes, Charset.forName("GB18030"));
            if (chinese != null && chinese.codePoints().filter(c -> c > 0x7F).allMatch(Charsets::isCjk)) {
                return chinese;
            }
        }
        return new String(bytes, chosen);
    }

    private static boolean isCjk(int c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0xAC00 && c <= 0xD7AF;
    }

    /** At least three pairs of high bytes, nearly all in runs of even length: the shape of double-byte text. */
    static boolean looksDoubleByte(byte[] bytes) {
        int high = 0;
        int paired = 0;
        int run = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] < 0) {
                run++;
                continue;
            }
            high += run;
            if (run > 0 && run % 2 == 0) {
                paired += run;
            }
            run = 0;
        }
        return high >= 6 && paired >= high * 0.95;
    }

    /**
     * Raw 8-bit header text: UTF-8 when valid, else the message's declared charset when the bytes fit it, else a
     * relative of it (Shift_JIS for mail labeled ISO-2022-JP, which cannot hold 8-bit bytes), else Windows-1252.
     */
    public static String header(byte[] bytes, Charset declared) {
        if (isAscii(bytes) || isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        var candidates = new java.util.ArrayList<Charset>();
        if (declared != null) {
            candidates.add(declared);
            candidates.addAll(relatives(declared));
        }
        for (Charset candidate : candidates) {
            String decoded = strictly(bytes, candidate);
            if (decoded != null && decoded.indexOf('\uFFFD') < 0) {
                return decoded;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** Charsets that mail labeled with this one is often really in. */
    private static java.util.List<Charset> relatives(Charset declared) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        if (name.contains("2022") || name.contains("jis") || name.contains("euc-jp") || name.contains("31j")) {
            return java.util.List.of(Charset.forName("windows-31j"), Charset.forName("EUC-JP"));
        }
        if (name.contains("gb") || name.contains("big5")) {
            return java.util.List.of(Charset.forName("GB18030"), Charset.forName("Big5-HKSCS"));
        }
        return java.util.List.of();
    }

    /**
     * Bytes labeled UTF-8 that are not all UTF-8: every valid sequence is read as UTF-8, and each byte that fits none
     * as Windows-1252. Text that is really Latin-1 comes out right (its 8-bit letters almost never form UTF-8
     * sequences), and so does UTF-8 text with one broken byte, which is not turned into mojibake as a whole.
     */
    static String utf8WithStrayBytes(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                int stray = result.length();
                byte[] odd = new byte[stray];
                in.get(odd);
                out.put(new String(odd, WINDOWS_1252));
            } else {
                decoder.flush(out);
                break;
            }
        }
        return out.flip().toString();
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    public static String guess(byte[] bytes) {
        return guess(bytes, WINDOWS_1252);
    }

    public static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultibyteUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xE0) == 0xC0 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
            if ((bytes[i] & 0xF0) == 0xE0 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWesternSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("windows-1252") || name.equals("iso-8859-1") || name.equals("iso-8859-15")
                || name.equals("us-ascii");
    }
}
