package org.tessera.email.internal.mime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Applies a message's {@code <style>} rules to the elements they select, as inline styles, the way mail clients
 * that cannot keep style sheets do. Only plain rules: at-rules (media queries, fonts) and pseudo-classes are left
 * out. Inline styles the sender wrote keep precedence, because they are written last.
 */
final class StyleSheets {

    private static final Pattern RULE = Pattern.compile("([^{}@]+)\\{([^{}]*)}");
    private static final int MAX_RULES = 500;

    private StyleSheets() {
    }

    static void inline(Document document) {
        var sheets = document.select("style");
        if (sheets.isEmpty()) {
            return;
        }
        var rules = new StringBuilder();
        sheets.forEach(s -> rules.append(s.data()).append('\n'));
        String css = withoutAtBlocks(rules.toString().replaceAll("(?s)/\\*.*?\\*/", "").replace("<!--", "")
                .replace("-->", ""));
        Matcher m = RULE.matcher(css);
        int count = 0;
        while (m.find() && count++ < MAX_RULES) {
            String declarations = m.group(2).replaceAll("!\\s*important", "").strip();
            if (declarations.isEmpty()) {
                continue;
            }
            for (String selector : m.group(1).split(",")) {
                apply(document, selector.strip(), declarations);
            }
        }
    }

    private static void apply(Document document, String selector, String declarations) {
        if (selector.isEmpty() || selector.contains(":") || selector.startsWith("@")) {
            return;
        }
        Elements matched;
        try {
            matched = document.select(selector);
        } catch (RuntimeException unsupported) {
            return;
        }
        for (Element element : matched) {
            if (element.tagName().equals("html") || element.tagName().equals("head")) {
                continue;
            }
            String existing = element.attr("style");
            String joined = declarations.endsWith(";") ? declarations : declarations + ";";
            element.attr("style", existing.isBlank() ? joined : joined + existing);
        }
    }

    /** Drops @media, @font-face and other at-rule blocks, which may nest braces. */
    private static String withoutAtBlocks(String css) {
        var out = new StringBuilder();
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '@') {
                int brace = css.indexOf('{', i);
                int semicolon = css.indexOf(';', i);
                if (semicolon >= 0 && (brace < 0 || semicolon < brace)) {
                    i = semicolon + 1;
                    continue;
                }
                if (brace < 0) {
                    break;
                }
                int depth = 0;
                int j = brace;
                for (; j < css.length(); j++) {
                    if (css.charAt(j) == '{') depth++;
                    if (css.charAt(j) == '}' && --depth == 0) break;
                }
                i = j + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
