package org.tessera.email.internal.display;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text email as HTML with its history folded: everything from a reply header ("On … wrote:", "Am … schrieb",
 * "Em … escreveu:", "-----Original Message-----", Outlook's "From:/Sent:" block) on, every block of "&gt;" lines with
 * its attribution, and the signature after "-- ". Folded, never removed: one click shows it.
 */
public final class QuotedText {

    private static final List<Pattern> HISTORY = List.of(
            Pattern.compile("^\\s*(On|Am|Em|Le|El|Il|Op|Den|På)\\s.{4,200}(wrote|schrieb|escreveu|a écrit|escribió|ha scritto|schreef|skrev)\\s?:?\\s*$"),
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Mensagem original|Message d'origine|Mensaje original)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{20,}\\s*$"),
            Pattern.compile("^\\s*-{5,}\\s*(Forwarded message|Weitergeleitete Nachricht|Mensagem encaminhada)\\s*-{5,}\\s*$", Pattern.CASE_INSENSITIVE));
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|Von|De)\\s?:\\*?\\s.+$");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\s*\\*?(Sent|Date|Gesendet|Enviado|Envoyé|Data)\\s?:\\*?\\s.+$");

    private QuotedText() {
    }

    public static String html(String text, String quoteLabel, String signatureLabel) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        int history = historyStart(lines);
        var out = new StringBuilder("<div class=\"email-text\">");
        int i = 0;
        while (i < history) {
            if (lines[i].equals("-- ") || lines[i].equals("--")) {
                fold(out, lines, i, history, signatureLabel);
                i = history;
                break;
            }
            if (isQuoted(lines[i]) || i + 1 < history && isAttribution(lines[i]) && isQuoted(lines[i + 1])) {
                int end = i + 1;
                while (end < history && (isQuoted(lines[end]) || lines[end].isBlank() && end + 1 < history
                        && isQuoted(lines[end + 1]))) {
                    end++;
                }
                fold(out, lines, i, end, quoteLabel);
                i = end;
                continue;
            }
            out.append(escape(lines[i])).append(i + 1 < lines.length ? "\n" : "");
            i++;
        }
        if (history < lines.length) {
            fold(out, lines, history, lines.length, quoteLabel);
        }
        return out.append("</div>").toString();
    }

    private static int historyStart(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (HISTORY.stream().anyMatch(p -> p.matcher(line).matches())) {
                return i;
            }
            if (OUTLOOK_FROM.matcher(line).matches()) {
                for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                    if (OUTLOOK_SENT.matcher(lines[j]).matches()) {
                        return i;
                    }
                }
            }
        }
        return lines.length;
    }

    private static boolean isQuoted(String line) {
        return line.startsWith(">");
    }

    private static boolean isAttribution(String line) {
        return line.strip().endsWith(":") && line.length() < 300;
    }

    private static void fold(StringBuilder out, String[] lines, int from, int to, String label) {
        // The blank lines before a fold would only leave a gap above it.
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        out.append("<details class=\"email-quote\"><summary>").append(escape(label)).append("</summary>");
        for (int i = from; i < to; i++) {
            out.append(escape(lines[i])).append(i + 1 < to ? "\n" : "");
        }
        out.append("</details>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
