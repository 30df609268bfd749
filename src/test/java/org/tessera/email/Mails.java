package org.tessera.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Raw emails as mail clients write them, for tests: {@code Mails.from("ana@example.com").to("support@localhost")
 * .subject("Printer").text("It is on fire").bytes()}. Every email gets its own Message-ID unless one is given.
 */
public final class Mails {

    private String from;
    private final List<String> to = new ArrayList<>();
    private final List<String> cc = new ArrayList<>();
    private String subject = "Hello";
    private String messageId = UUID.randomUUID() + "@client.example";
    private String inReplyTo;
    private String references;
    private String text;
    private String html;
    private final List<String[]> images = new ArrayList<>();
    private final List<String[]> files = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();

    private Mails(String from) {
        this.from = from;
    }

    public static Mails from(String from) {
        return new Mails(from);
    }

    public Mails to(String... addresses) {
        to.addAll(List.of(addresses));
        return this;
    }

    public Mails cc(String... addresses) {
        cc.addAll(List.of(addresses));
        return this;
    }

    public Mails subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** The Message-ID to write; null writes none, as scripts and some devices send mail. */
    public Mails messageId(String id) {
        this.messageId = id;
        return this;
    }

    public String messageId() {
        return messageId;
    }

    public Mails inReplyTo(String id) {
        this.inReplyTo = id;
        return this;
    }

    public Mails references(String ids) {
        this.references = ids;
        return this;
    }

    public Mails text(String text) {
        this.text = text;
        return this;
    }

    public Mails html(String html) {
        this.html = html;
        return this;
    }

    /** An inline image the HTML shows as {@code cid:<contentId>}. */
    public Mails inlineImage(String contentId, String filename, byte[] png) {
        images.add(new String[] {contentId, filename, Base64.getMimeEncoder().encodeToString(png)});
        return this;
    }

    public Mails attachment(String filename, String type, byte[] content) {
        files.add(new String[] {filename, type, Base64.getMimeEncoder().encodeToString(content)});
        return this;
    }

    public Mails header(String line) {
        headers.add(line);
        return this;
    }

    public byte[] bytes() {
        var out = new StringBuilder();
        out.append("From: ").append(from).append("\r\n");
        if (!to.isEmpty()) {
            out.append("To: ").append(String.join(", ", to)).append("\r\n");
        }
        if (!cc.isEmpty()) {
            out.append("Cc: ").append(String.join(", ", cc)).append("\r\n");
        }
        out.append("Subject: ").append(encodedIfNeeded(subject)).append("\r\n");
        out.append("Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n");
        if (messageId != null) {
            out.append("Message-ID: <").append(messageId).append(">\r\n");
        }
        if (inReplyTo != null) {
            out.append("In-Reply-To: <").append(inReplyTo).append(">\r\n");
        }
        if (references != null) {
            out.append("References: ").append(references).append("\r\n");
        }
        headers.forEach(h -> out.append(h).append("\r\n"));
        out.append("MIME-Version: 1.0\r\n");
        String body = body();
        out.append(body);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String body() {
        String textPart = part("text/plain; charset=utf-8", text == null ? "" : text);
        String content;
        if (html == null) {
            content = textPart;
        } else {
            String alternative = multipart("alternative", List.of(textPart, part("text/html; charset=utf-8", html)));
            if (images.isEmpty()) {
                content = alternative;
            } else {
                var related = new ArrayList<String>();
                related.add(alternative);
                for (String[] image : images) {
                    related.add("Content-Type: image/png; name=\"" + image[1] + "\"\r\nContent-Transfer-Encoding: base64\r\n"
                            + "Content-ID: <" + image[0] + ">\r\nContent-Disposition: inline; filename=\"" + image[1]
                            + "\"\r\n\r\n" + image[2] + "\r\n");
                }
                content = multipart("related", related);
            }
        }
        if (files.isEmpty()) {
            return content;
        }
        var mixed = new ArrayList<String>();
        mixed.add(content);
        for (String[] file : files) {
            mixed.add("Content-Type: " + file[1] + "; name=\"" + file[0] + "\"\r\nContent-Transfer-Encoding: base64\r\n"
                    + "Content-Disposition: attachment; filename=\"" + file[0] + "\"\r\n\r\n" + file[2] + "\r\n");
        }
        return multipart("mixed", mixed);
    }

    private static String part(String type, String content) {
        return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static String multipart(String subtype, List<String> parts) {
        String boundary = "b-" + UUID.randomUUID();
        var out = new StringBuilder("Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + "\"\r\n\r\n");
        for (String p : parts) {
            out.append("--").append(boundary).append("\r\n").append(p);
        }
        return out.append("--").append(boundary).append("--\r\n").toString();
    }

    private static String encodedIfNeeded(String text) {
        for (char c : text.toCharArray()) {
            if (c > 126) {
                return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
            }
        }
        return text;
    }
}
