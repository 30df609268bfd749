package org.tessera.email.internal.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a MIME tree: body parts become pieces of text or HTML in the order the sender's client shows them,
 * every other part becomes an attachment. multipart/alternative contributes its richest branch, with the plain
 * branch as the text; multipart/related its root, the rest being inline resources; signed mail its content, the
 * signature as an attachment; encrypted mail only attachments; bounces their report and the returned message, whose
 * Message-ID is noted so the bounce can find the mail it reports on.
 */
final class MimeWalk {


    private List<Piece> pieces = new ArrayList<>();
    private final List<ParsedAttachment> attachments = new ArrayList<>();
    private final List<String> returnedMessageIds = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final AttachmentNames names = new AttachmentNames();
    private int generatedIds;

    /** A displayable piece of the body: text, HTML (with its text), or an image shown where it stands. */
    private record Piece(String text, String html, ParsedAttachment image) {
    }

    void part(MimePart part, int depth) {
        String type = part.mimeType();
        if (part.isMultipart()) {
            List<MimePart> children = part.children(depth);
            if (children.isEmpty()) {
                problems.add(type + " without parts; read as text");
                body(part, "text/plain");
                return;
            }
            switch (type) {
                case "multipart/alternative" -> alternative(children, depth);
                case "multipart/related" -> related(part, children, depth);
                case "multipart/signed" -> {
                    part(children.get(0), depth + 1);
                    children.subList(1, children.size()).forEach(this::attachment);
                }
                case "multipart/encrypted" -> children.forEach(this::attachment);
                default -> children.forEach(child -> part(child, depth + 1));
            }
            return;
        }
        switch (type) {
            case "message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers" -> {
                noteReturnedMessage(part);
                attachment(part);
            }
            case "text/plain", "text/html" -> {
                if (part.isAttachment() || part.filename() != null) {
                    attachment(part);
                } else {
                    body(part, type);
                }
            }
            default -> {
                ParsedAttachment attachment = attachment(part);
                if (attachment.inline() && type.startsWith("image/") && !part.isAttachment()) {
                    pieces.add(new Piece(null, null, attachment));
                }
            }
        }
    }

    private void alternative(List<MimePart> children, int depth) {
        MimePart plain = null;
        MimePart rich = null;
        for (MimePart child : children) {
            String type = child.mimeType();
            if (type.equals("text/plain") && plain == null && !child.isAttachment()) {
                plain = child;
            } else if (type.equals("text/html") || type.startsWith("multipart/")) {
                rich = child;
            } else if (type.equals("text/calendar")) {
                attachment(child);
            }
        }
        if (rich == null) {
            part(plain != null ? plain : children.get(0), depth + 1);
            return;
        }
        List<Piece> outer = pieces;
        pieces = new ArrayList<>();
        part(rich, depth + 1);
        List<Piece> inner = pieces;
        pieces = outer;
        if (inner.stream().noneMatch(p -> p.html() != null)) {
            if (inner.stream().allMatch(p -> p.image() != null) && plain != null) {
                part(plain, depth + 1);
            }
            pieces.addAll(inner);
            return;
        }
        String text = plain != null ? text(plain) : joinText(inner);
        pieces.add(new Piece(text, joinHtml(inner), null));
    }

    private void related(MimePart part, List<MimePart> children, int depth) {
        String start = part.contentType().get("start");
        MimePart root = children.get(0);
        if (start != null) {
            String wanted = start.replaceAll("[<>]", "").strip();
            root = children.stream().filter(c -> wanted.equals(c.contentId())).findFirst().orElse(root);
        }
        part(root, depth + 1);
        for (MimePart child : children) {
            if (child != root) {
                if (child.isMultipart()) {
                    part(child, depth + 1);
                } else {
                    attachment(child);
                }
            }
        }
    }

    private void body(MimePart part, String type) {
        if (type.equals("text/html")) {
            String html = htmlText(part);
            pieces.add(new Piece(HtmlText.of(html), html, null));
        } else {
            String text = text(part);
            pieces.add(new Piece(text, null, null));
        }
    }

    private static String text(MimePart part) {
        String text = part.text().replace("\r\n", "\n").replace('\r', '\n');
        if ("flowed".equalsIgnoreCase(part.contentType().get("format"))) {
            text = Flowed.unflow(text, "yes".equalsIgnoreCase(part.contentType().get("delsp")));
        }
        return text;
    }

    /** HTML without a charset label often names its charset in a meta tag. */
    private static String htmlText(MimePart part) {
        byte[] content = part.content();
        String label = part.charset();
        if (label == null) {
            var m = java.util.regex.Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
                    java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher(new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                label = m.group(1);
            }
        }
        return Charsets.decode(content, label);
    }

    private ParsedAttachment attachment(MimePart part) {
        String type = part.mimeType();
        byte[] content = part.content();
        String encoding = part.transferEncoding();
        boolean lines = encoding.isEmpty() || encoding.equals("7bit")
                || encoding.equals("quoted-printable") && textual(type);
        if (lines) {
            // Parts sent as 7-bit lines end them the way the transport does: CR LF on the wire, LF in a mailbox file.
            // Store one form, so the same file keeps the same content however the message reached us. 8-bit parts and
            // quoted-printable binary (a PDF, say) keep their bytes, as other helpdesks keep them.
            content = withoutCarriageReturns(content);
        }
        String name = names.of(part, type, content);
        String contentId = part.contentId();
        boolean inline = !part.isAttachment() && (part.isInline() || contentId != null);
        if (inline && contentId == null && type.startsWith("image/")) {
            contentId = "inline-" + (++generatedIds) + "@tessera";
        }
        var attachment = new ParsedAttachment(name, type, content, contentId, inline, part.description());
        attachments.add(attachment);
        return attachment;
    }

    private static boolean textual(String type) {
        return type.startsWith("text/") || type.startsWith("message/") || type.startsWith("application/pgp");
    }

    private static byte[] withoutCarriageReturns(byte[] content) {
        var out = new java.io.ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                continue;
            }
            out.write(content[i]);
        }
        return out.toByteArray();
    }

    private void noteReturnedMessage(MimePart part) {
        byte[] content = part.content();
        RawHeaders inner = RawHeaders.read(content, RawHeaders.start(content));
        String id = MimeParser.messageId(inner.text("Message-ID", part.headerFallback()));
        if (id != null && !returnedMessageIds.contains(id)) {
            returnedMessageIds.add(id);
        }
    }

    String text() {
        return joinText(pieces).strip();
    }

    String html() {
        boolean formatted = pieces.stream().anyMatch(p -> p.html() != null);
        boolean picturesInText = pieces.stream().anyMatch(p -> p.image() != null)
                && pieces.stream().anyMatch(p -> p.text() != null && !p.text().isBlank());
        if (!formatted && !picturesInText) {
            return null;
        }
        String sanitized = EmailHtml.sanitize(joinHtml(pieces));
        return sanitized.isBlank() ? null : sanitized;
    }

    List<ParsedAttachment> attachments() {
        return attachments;
    }

    List<String> returnedMessageIds() {
        return returnedMessageIds;
    }

    List<String> problems() {
        return problems;
    }

    private static String joinText(List<Piece> pieces) {
        var out = new StringBuilder();
        for (Piece p : pieces) {
            if (p.text() == null || p.text().isBlank()) {
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(p.text());
        }
        return out.toString();
    }

    private static String joinHtml(List<Piece> pieces) {
        var out = new StringBuilder();
        for (Piece p : pieces) {
            if (p.html() != null) {
                out.append(bodyOf(p.html()));
            } else if (p.image() != null) {
                if (!out.toString().contains("cid:" + p.image().contentId())) {
                    out.append("<div><img src=\"cid:").append(escape(p.image().contentId())).append("\" alt=\"")
                            .append(escape(p.image().filename())).append("\" style=\"max-width:100%\"></div>");
                }
            } else if (p.text() != null && !p.text().isBlank()) {
                out.append("<div style=\"white-space:pre-wrap\">").append(escape(p.text())).append("</div>");
            }
        }
        return out.toString();
    }

    /** The content of a document's body, with its style sheet kept so that it can be applied later. */
    private static String bodyOf(String html) {
        var document = org.jsoup.Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        StyleSheets.inline(document);
        var body = document.body();
        String style = body.attr("style");
        String background = body.attr("bgcolor");
        if (style.isBlank() && background.isBlank()) {
            return body.html();
        }
        return "<div style=\"" + escape(style + (background.isBlank() ? "" : ";background-color:" + background))
                + "\">" + body.html() + "</div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
