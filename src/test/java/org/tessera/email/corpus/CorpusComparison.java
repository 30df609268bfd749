package org.tessera.email.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.tessera.email.internal.mime.AddressParser;
import org.tessera.email.internal.mime.MailAddress;
import org.tessera.email.internal.mime.ParsedAttachment;
import org.tessera.email.internal.mime.ParsedMessage;

/**
 * Compares one parsed message with Zammad's expected result in the corpus README's tiers: exact for addresses and
 * attachment content and types, normalised for names, subjects and address lists, visible text for bodies.
 */
final class CorpusComparison {

    static final String NO_VISIBLE_CONTENT = "no visible content";

    /** One field of one message: whether we read what the reference read. */
    record Outcome(String file, String field, String detail, boolean passed, String expected, String actual) {

        String key() {
            return file + " " + field + (detail == null ? "" : " " + detail);
        }
    }

    private CorpusComparison() {
    }

    static List<Outcome> compare(ZammadFixture expected, ParsedMessage parsed) {
        var outcomes = new ArrayList<Outcome>();
        String file = expected.name();
        MailAddress from = parsed.from() == null ? new MailAddress("", "") : parsed.from();
        if (expected.has("from")) {
            // The reference's "from" is the From line as written; from_email and from_display_name are the sender.
            outcomes.add(outcome(file, "from", addresses(expected.text("from")),
                    addresses(zammadList(parsed.fromHeader()))));
        }
        outcomes.add(outcome(file, "from_email", lower(expected.text("from_email")), lower(from.address())));
        outcomes.add(outcome(file, "from_display_name", words(expected.text("from_display_name")), words(from.name())));
        outcomes.add(outcome(file, "to", addresses(expected.text("to")), addresses(zammadList(parsed.to()))));
        if (expected.has("cc")) {
            outcomes.add(outcome(file, "cc", addresses(expected.text("cc")), addresses(zammadList(parsed.cc()))));
        }
        if (expected.has("reply-to")) {
            outcomes.add(outcome(file, "reply-to", addresses(expected.text("reply-to")),
                    addresses(zammadList(parsed.replyTo()))));
        }
        outcomes.add(outcome(file, "subject", words(expected.text("subject")), words(parsed.subject())));
        boolean html = "text/html".equals(expected.text("content_type"));
        outcomes.add(outcome(file, "content_type", expected.text("content_type"),
                parsed.hasHtml() ? "text/html" : "text/plain"));
        outcomes.add(outcome(file, "body", html ? visible(expected.text("body")) : plain(expected.text("body")),
                html && parsed.hasHtml() ? visible(parsed.html()) : html ? visible(escape(parsed.text()))
                        : plain(parsed.text())));
        var matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<ParsedAttachment, Boolean>());
        for (Map<String, Object> attachment : expected.attachments()) {
            byte[] data = ZammadFixture.data(attachment);
            String name = String.valueOf(attachment.get("filename"));
            // Two files with the same content (one screenshot attached twice) are matched one to one, in order.
            var sameContent = parsed.attachments().stream().filter(a -> md5(a.content()).equals(md5(data))).toList();
            ParsedAttachment match = sameContent.stream().filter(a -> !matched.contains(a)).findFirst()
                    .orElse(sameContent.isEmpty() ? null : sameContent.get(0));
            if (match != null) {
                matched.add(match);
            }
            outcomes.add(outcome(file, "attachment data", name, md5(data), match == null ? null : md5(match.content())));
            String type = ZammadFixture.mimeType(attachment);
            if (type != null) {
                outcomes.add(outcome(file, "attachment type", name, lower(type),
                        match == null ? null : lower(match.contentType())));
            }
            outcomes.add(outcome(file, "attachment filename", name, filename(name),
                    match == null ? null : filename(match.filename())));
        }
        return outcomes;
    }

    private static Outcome outcome(String file, String field, String expected, String actual) {
        return outcome(file, field, null, expected, actual);
    }

    private static Outcome outcome(String file, String field, String detail, String expected, String actual) {
        return new Outcome(file, field, detail, Objects.equals(expected, actual), expected, actual);
    }

    /** Zammad's way of writing an address list: "Name <address>, address". */
    static String zammadList(List<MailAddress> list) {
        return String.join(", ", list.stream().map(MailAddress::toString).toList());
    }

    /** Both sides parsed into (name, address) pairs, so formatting choices do not count. */
    static String addresses(String header) {
        if (header == null) {
            return "";
        }
        var pairs = new ArrayList<String>();
        for (MailAddress a : AddressParser.parse(header)) {
            pairs.add("(" + words(a.name()) + " | " + lower(a.address()) + ")");
        }
        return String.join(" ", pairs);
    }

    static String words(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("(?U)\\s+", " ");
    }

    static String filename(String name) {
        return words(name).toLowerCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Line endings and trailing whitespace normalised; Zammad's placeholder for "nothing to show" is empty. */
    static String plain(String text) {
        if (text == null || text.equals(NO_VISIBLE_CONTENT)) {
            return "";
        }
        var lines = new ArrayList<String>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return Normalizer.normalize(String.join("\n", lines).strip(), Normalizer.Form.NFC);
    }

    static String visible(String html) {
        if (html == null || html.equals(NO_VISIBLE_CONTENT)) {
            return "";
        }
        String text = Jsoup.parse(html).text().replace('\u00a0', ' ');
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String preview(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
