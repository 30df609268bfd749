package org.tessera.email.internal.mime;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * An email's HTML made safe to show inside Tessera's pages, yet as the sender meant it. The document's style sheet
 * is applied to the elements first (most clients style by class in a {@code <style>} block, which cannot be kept),
 * then the OWASP sanitizer keeps layout (tables, widths, colours, fonts, inline styles without {@code url()}),
 * links and images, and drops everything that could run or fetch: scripts, event handlers, forms, frames, objects,
 * style sheets. Remote images stay in the markup; whether they load is the viewer's choice (see the display).
 * Class and id attributes are kept because quoted history is recognised by them; the display removes them.
 */
public final class EmailHtml {

    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("^data:image/(png|jpe?g|gif|webp|bmp);base64,[A-Za-z0-9+/=\\s]+$",
            Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("a", "abbr", "address", "b", "big", "blockquote", "br", "caption", "center", "cite", "code",
                    "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
                    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
                    "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "section", "article", "header", "footer",
                    "main", "nav", "aside", "details", "summary")
            .allowAttributes("align", "valign", "width", "height", "bgcolor", "border", "cellpadding", "cellspacing",
                    "colspan", "rowspan", "dir", "lang", "title", "nowrap", "class", "id").globally()
            .allowAttributes("color", "face", "size").onElements("font")
            .allowAttributes("type", "cite").onElements("blockquote")
            .allowAttributes("start", "type").onElements("ol", "ul")
            .allowAttributes("span").onElements("col", "colgroup")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("src").matching((element, attribute, value) -> imageSource(value)).onElements("img")
            .allowAttributes("href").matching((element, attribute, value) -> linkTarget(value)).onElements("a")
            .allowAttributes("target").matching((element, attribute, value) -> "_blank").onElements("a")
            .allowUrlProtocols("http", "https", "mailto", "tel", "cid", "data")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowStyling()
            .toFactory();

    private EmailHtml() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        StyleSheets.inline(document);
        document.select("script, style, head, title, meta, link, object, embed, iframe, frame, frameset, applet, "
                + "base, noscript, template, svg, math, input, button, select, textarea, option").remove();
        document.select("form, label, fieldset, legend").unwrap();
        document.select("a[href]").attr("target", "_blank");
        Element body = document.body();
        String content = body.html();
        String bodyStyle = body.attr("style");
        String background = body.attr("bgcolor");
        if (!bodyStyle.isBlank() || !background.isBlank()) {
            content = "<div style=\"" + escapeAttribute(bodyStyle + (background.isBlank() ? ""
                    : ";background-color:" + background)) + "\">" + content + "</div>";
        }
        return POLICY.sanitize(content).strip();
    }

    private static String imageSource(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cid:") || lower.startsWith("http://") || lower.startsWith("https://")) {
            return v;
        }
        if (lower.startsWith("data:") && SAFE_DATA_IMAGE.matcher(v).matches()) {
            return v;
        }
        return null;
    }

    private static String linkTarget(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        boolean allowed = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:") || lower.startsWith("#");
        return allowed ? value.strip() : null;
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
