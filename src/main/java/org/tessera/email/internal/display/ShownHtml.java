package org.tessera.email.internal.display;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * A sanitized email body prepared for reading in the ticket page: inline images point at their attachments, remote
 * images wait until the reader chooses to load them (a remote image tells the sender when and where the email was
 * read), quoted history and signatures are folded into {@code <details>} (never removed), and the sender's class and
 * id attributes, which could collide with the page's own, are dropped once they have served to find the quotes.
 */
public final class ShownHtml {

    /** Where replies keep the history, by the marks mail clients leave. */
    private static final String QUOTES = "blockquote[type=cite], div.gmail_quote, div.yahoo_quoted, "
            + "blockquote.gmail_quote, div.moz-forward-container, div.protonmail_quote, div.zmail_extra";
    /** Marks after which everything is history (Outlook's reply header, Thunderbird's attribution line). */
    private static final String HISTORY_STARTS = "div#divRplyFwdMsg, div#appendonsend, hr#stopSpelling, "
            + "div.moz-cite-prefix, div[style~=(?i)border-top:\\s*solid\\s*#(e1e1e1|b5c4df)]";
    private static final String SIGNATURES = "div.gmail_signature, div[data-smartmail=gmail_signature], "
            + "div.moz-signature, pre.moz-signature, div#Signature, div.signature";

    private final String html;
    private final boolean remoteImages;
    private final Set<Long> inlineAttachments;

    private ShownHtml(String html, boolean remoteImages, Set<Long> inlineAttachments) {
        this.html = html;
        this.remoteImages = remoteImages;
        this.inlineAttachments = inlineAttachments;
    }

    public static ShownHtml of(String sanitized, Map<String, Long> inline, String quoteLabel, String signatureLabel) {
        Document document = Jsoup.parseBodyFragment(sanitized);
        // Pretty-printing would change the text of pre-formatted content and the spaces between inline elements.
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Set<Long> shown = new HashSet<>();
        boolean remote = false;
        for (Element image : body.select("img[src]")) {
            String src = image.attr("src");
            if (src.regionMatches(true, 0, "cid:", 0, 4)) {
                Long id = inline.get(src.substring(4));
                if (id != null) {
                    image.attr("src", "/attachments/" + id);
                    shown.add(id);
                }
            } else if (src.regionMatches(true, 0, "http", 0, 4)) {
                image.attr("data-remote-src", src).removeAttr("src").addClass("email-remote-image");
                remote = true;
            }
        }
        fold(body, quoteLabel, signatureLabel);
        for (Element element : body.getAllElements()) {
            String ours = String.join(" ", element.classNames().stream()
                    .filter(c -> c.startsWith("email-")).toList());
            element.removeAttr("id").removeAttr("class");
            if (!ours.isEmpty()) {
                element.attr("class", ours);
            }
        }
        return new ShownHtml(body.html(), remote, shown);
    }

    private static void fold(Element body, String quoteLabel, String signatureLabel) {
        for (Element start : body.select(HISTORY_STARTS)) {
            if (start.parent() != null && !insideFold(start)) {
                foldFrom(start, quoteLabel);
            }
        }
        fold(body.select(QUOTES), quoteLabel);
        fold(body.select(SIGNATURES), signatureLabel);
    }

    private static void fold(Elements found, String label) {
        for (Element element : found) {
            if (element.parent() != null && !insideFold(element)) {
                Element details = wrap(label);
                element.before(details);
                details.appendChild(element);
            }
        }
    }

    /** The mark and everything after it at its level, up to the end of the body, into one fold. */
    private static void foldFrom(Element start, String label) {
        Element container = start;
        while (container.parent() != null && !container.parent().tagName().equals("body")
                && container.nextElementSibling() == null) {
            container = container.parent();
        }
        Element details = wrap(label);
        container.before(details);
        for (Node node = container; node != null; ) {
            Node next = node.nextSibling();
            details.appendChild(node);
            node = next;
        }
    }

    private static Element wrap(String label) {
        var details = new Element("details").addClass("email-quote");
        details.appendElement("summary").text(label);
        return details;
    }

    private static boolean insideFold(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e.tagName().equals("details") && e.hasClass("email-quote")) {
                return true;
            }
        }
        return false;
    }

    public String html() {
        return html;
    }

    public boolean remoteImages() {
        return remoteImages;
    }

    public Set<Long> inlineAttachments() {
        return inlineAttachments;
    }
}
