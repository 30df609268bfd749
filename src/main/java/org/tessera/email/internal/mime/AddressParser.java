package org.tessera.email.internal.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Address lists as they appear in the wild: quoted names with commas, encoded names, comments, groups such as
 * "undisclosed-recipients:;", a missing closing bracket, an empty {@code <>}. The list is split on the raw text and
 * names are decoded afterwards, so an encoded comma inside a name never splits it.
 */
public final class AddressParser {

    private static final Pattern QUOTED_LOCAL_PART = Pattern.compile("(\"(?:[^\"\\\\]|\\\\.)*\"@[^\\s<>(),;:\"]+)");

    private AddressParser() {
    }

    public static List<MailAddress> parse(String header) {
        var found = new ArrayList<MailAddress>();
        if (header == null || header.isBlank()) {
            return found;
        }
        for (MailAddress address : mailboxes(header)) {
            if (address.address().contains("@")) {
                found.add(address);
            }
        }
        return found;
    }

    /** Every mailbox, including words without an address ("MAILER-DAEMON (Mail Delivery System)"). */
    private static List<MailAddress> mailboxes(String header) {
        var found = new ArrayList<MailAddress>();
        if (header == null || header.isBlank()) {
            return found;
        }
        for (String chunk : split(header)) {
            MailAddress address = mailbox(chunk);
            if (address != null) {
                found.add(address);
            }
        }
        return found;
    }

    /** The first mailbox with a usable address, else the first mailbox at all. */
    public static MailAddress first(String header) {
        List<MailAddress> all = mailboxes(header);
        return all.stream().filter(MailAddress::isValid).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    private static List<String> split(String header) {
        var chunks = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        int angle = 0;
        int comment = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (escaped) {
                escaped = false;
                current.append(c);
                continue;
            }
            if (c == '\\' && (quoted || comment > 0)) {
                escaped = true;
                current.append(c);
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '(') {
                    comment++;
                } else if (c == ')' && comment > 0) {
                    comment--;
                } else if (comment == 0 && c == '<') {
                    angle++;
                } else if (comment == 0 && c == '>' && angle > 0) {
                    angle--;
                } else if (comment == 0 && angle == 0 && (c == ',' || c == ';')) {
                    chunks.add(current.toString());
                    current.setLength(0);
                    continue;
                } else if (comment == 0 && angle == 0 && c == ':' && !current.toString().contains("@")) {
                    // A group's name ("undisclosed-recipients:"): its members follow, the name is no address.
                    current.setLength(0);
                    continue;
                }
            }
            current.append(c);
        }
        chunks.add(current.toString());
        return chunks;
    }

    private static MailAddress mailbox(String chunk) {
        String text = chunk.strip();
        if (text.isEmpty()) {
            return null;
        }
        int open = indexOutsideQuotes(text, '<');
        if (open >= 0) {
            int close = text.indexOf('>', open);
            String address = (close < 0 ? text.substring(open + 1) : text.substring(open + 1, close)).strip();
            String name = text.substring(0, open) + (close < 0 ? "" : text.substring(close + 1));
            return new MailAddress(name(name), stripComments(address).replaceAll("\\s", ""));
        }
        String withoutComments = stripComments(text).strip();
        String commentName = comment(text);
        Matcher quotedLocalPart = QUOTED_LOCAL_PART.matcher(withoutComments);
        if (quotedLocalPart.lookingAt()) {
            // "Ana Souza"@example.com is an address whose local part is quoted (RFC 5322 3.4.1), not a name.
            return new MailAddress(commentName == null ? "" : name(commentName), quotedLocalPart.group(1));
        }
        String unquoted = unquote(withoutComments);
        if (unquoted.contains("@") && !unquoted.contains(" ")) {
            return new MailAddress(commentName == null ? "" : name(commentName), unquoted);
        }
        if (!withoutComments.contains("@") && commentName != null && org.tessera.identity.Emails.isValid(commentName)) {
            // "Name (address)": the address hides in the comment.
            return new MailAddress(name(withoutComments), commentName);
        }
        if (withoutComments.contains("@")) {
            // "Name addr@host" without brackets: the last word is the address.
            int space = withoutComments.lastIndexOf(' ');
            if (space > 0 && withoutComments.substring(space + 1).contains("@")) {
                return new MailAddress(name(withoutComments.substring(0, space)), withoutComments.substring(space + 1));
            }
        }
        return new MailAddress(commentName == null ? "" : name(commentName), EncodedWords.decode(unquoted));
    }

    private static String name(String raw) {
        String text = stripComments(raw).strip();
        if (text.isEmpty()) {
            String comment = comment(raw);
            text = comment == null ? "" : comment;
        }
        return EncodedWords.decode(unquote(text)).strip();
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String stripComments(String text) {
        var out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String comment(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : null;
    }

    static String unquote(String text) {
        String t = text.strip();
        var out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length()) {
                out.append(t.charAt(++i));
            } else if (c != '"') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
