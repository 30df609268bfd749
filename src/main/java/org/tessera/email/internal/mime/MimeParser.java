package org.tessera.email.internal.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw email into a {@link ParsedMessage}. Lenient by design: a message that breaks the rules yields what can
 * be read, with the problems noted, instead of an exception. The MIME tree is walked in order; the displayable text
 * and HTML are assembled from the body parts (HTML preferred, as the sender's client showed it), everything else is
 * an attachment.
 */
public final class MimeParser {

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    public ParsedMessage parse(byte[] raw) {
        int start = RawHeaders.start(raw);
        Charset fallback = declaredCharset(raw, start);
        MimePart top = MimePart.read(raw, start, raw.length, fallback, "text/plain");
        RawHeaders h = top.headers();

        var walk = new MimeWalk();
        walk.part(top, 0);

        List<MailAddress> replyTo = AddressParser.parse(h.undecoded("Reply-To", fallback));
        MailAddress from = sender(h, fallback, replyTo);
        List<String> problems = new ArrayList<>(walk.problems());
        if (from == null || !from.isValid()) {
            problems.add("no usable sender address");
        }
        return new ParsedMessage(from,
                AddressParser.parse(h.undecoded("From", fallback)),
                AddressParser.parse(h.undecoded("To", fallback)),
                AddressParser.parse(h.undecoded("Cc", fallback)),
                replyTo,
                envelopeRecipients(h, fallback),
                h.text("Subject", fallback),
                MailDates.parse(h.text("Date", fallback)),
                messageId(h.text("Message-ID", fallback)),
                firstId(h.text("In-Reply-To", fallback)),
                ids(h.text("References", fallback)),
                walk.text(),
                walk.html(),
                walk.attachments(),
                AutomaticMail.of(h, from == null ? null : from.address(), top.mimeType()),
                walk.returnedMessageIds(),
                problems);
    }

    /**
     * The sender: the first usable From mailbox; when From has none (missing, empty {@code <>}, only a name), the
     * address comes from Reply-To, Sender or Return-Path, and the From name is kept.
     */
    private static MailAddress sender(RawHeaders h, Charset fallback, List<MailAddress> replyTo) {
        MailAddress from = AddressParser.first(h.undecoded("From", fallback));
        if (from != null && from.isValid()) {
            return from;
        }
        String name = from == null ? "" : from.name();
        for (MailAddress candidate : alternatives(h, fallback, replyTo)) {
            if (candidate.isValid()) {
                return new MailAddress(name.isEmpty() ? candidate.name() : name, candidate.address());
            }
        }
        return from;
    }

    private static List<MailAddress> alternatives(RawHeaders h, Charset fallback, List<MailAddress> replyTo) {
        var all = new ArrayList<>(replyTo);
        all.addAll(AddressParser.parse(h.undecoded("Sender", fallback)));
        all.addAll(AddressParser.parse(h.undecoded("Return-Path", fallback)));
        return all;
    }

    private static List<String> envelopeRecipients(RawHeaders h, Charset fallback) {
        var found = new ArrayList<String>();
        for (String name : List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "X-Rcpt-To")) {
            for (var field : h.all(name)) {
                for (MailAddress a : AddressParser.parse(Charsets.header(field.value(), fallback))) {
                    if (a.isValid() && !found.contains(a.canonical())) {
                        found.add(a.canonical());
                    }
                }
            }
        }
        return found;
    }

    /** The charset the message declares for its text, which is the best guess for raw 8-bit bytes in its headers. */
    private static Charset declaredCharset(byte[] raw, int start) {
        int limit = Math.min(raw.length, start + 64 * 1024);
        Matcher m = CHARSET.matcher(new String(raw, start, limit - start, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            Charset charset = Charsets.named(m.group(1));
            if (charset != null && !charset.equals(StandardCharsets.UTF_8)
                    && !charset.name().equalsIgnoreCase("windows-1252")) {
                return charset;
            }
        }
        return Charsets.WINDOWS_1252;
    }

    static String messageId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String id = firstId(header);
        if (id != null) {
            return id;
        }
        String bare = header.strip().replaceAll("\\s", "");
        return bare.isEmpty() ? null : bare;
    }

    static String firstId(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(header);
        if (m.find()) {
            return m.group(1);
        }
        String bare = header.strip();
        return bare.contains("@") && !bare.contains(" ") ? bare : null;
    }

    static List<String> ids(String header) {
        var ids = new ArrayList<String>();
        if (header == null) {
            return ids;
        }
        Matcher m = ANGLE_ID.matcher(header);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
