package org.tessera.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's {{placeholders}} and makes the HTML alternative of the text: the same words, escaped, with
 * line breaks kept and web addresses as links. Values are never interpreted, so a customer's text cannot inject
 * markup or further placeholders.
 */
public final class Rendering {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z.]+)\\s*}}");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private Rendering() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholders a template uses that the event does not offer. */
    public static List<String> unknown(String template, List<String> known) {
        var unknown = new ArrayList<String>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            if (!known.contains(m.group(1)) && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    public static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        Matcher m = LINK.matcher(escaped);
        var linked = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            m.appendReplacement(linked, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        m.appendTail(linked);
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<div style=\"font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;"
                + "line-height:1.5;color:#212529;white-space:pre-wrap\">" + linked + "</div></body></html>";
    }
}
