package org.tessera.shared;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Articles (and the texts above web forms) are written in Markdown (CommonMark with GitHub's tables) and shown as
 * HTML that went through a strict allow-list: headings, paragraphs, lists, emphasis, code, quotes, tables, links and
 * images over http(s) or relative addresses. Raw HTML an author types is kept only where the allow-list permits it; scripts, styles, event handlers,
 * frames and forms never survive.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "pre",
                    "code", "em", "strong", "b", "i", "del", "s", "kbd", "sup", "sub", "table", "thead", "tbody", "tr",
                    "th", "td", "a", "img", "dl", "dt", "dd")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w+#-]{1,30}")).onElements("code")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelNofollowOnLinks()
            .toFactory();

    private Markdown() {
    }

    /** Safe HTML for the Markdown. */
    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(rendered);
    }

    /** The words of rendered HTML, for search and snippets. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
