package org.tessera.email.internal.mime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The plain text of an HTML email: paragraphs and line breaks kept, list items marked, everything else as text. */
public final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "table", "tr", "blockquote", "pre", "section", "article", "header", "footer",
            "dl", "dt", "dd", "hr", "address", "center", "main", "nav", "aside", "figure", "figcaption", "details",
            "summary", "form", "fieldset");

    /** Blocks that stand apart from their neighbours by an empty line, as paragraphs do in plain text. */
    private static final java.util.Set<String> PARAGRAPHS = java.util.Set.of("p", "ul", "ol", "table", "blockquote",
            "pre", "dl", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parse(html).body();
        body.select("script, style, head, title").remove();
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    boolean pre = text.parent() != null && inPre(text.parent());
                    String value = pre ? text.getWholeText() : text.text();
                    if (!pre && value.isBlank()) {
                        if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                            out.append(' ');
                        }
                        return;
                    }
                    if (!pre && !out.isEmpty() && Character.isWhitespace(value.charAt(0))
                            && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                        out.append(' ');
                    }
                    out.append(pre ? value : value.strip());
                    if (!pre && Character.isWhitespace(text.getWholeText().charAt(text.getWholeText().length() - 1))) {
                        out.append(' ');
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (PARAGRAPHS.contains(tag)) {
                        paragraph(out);
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                        if (tag.equals("li")) {
                            out.append("- ");
                        }
                    } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
                    paragraph(out);
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newline(out);
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean inPre(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        trimTrailingSpace(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraph(StringBuilder out) {
        newline(out);
        if (!out.isEmpty() && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
            out.append('\n');
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
