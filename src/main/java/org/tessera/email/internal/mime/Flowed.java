package org.tessera.email.internal.mime;

/** RFC 3676 format=flowed text: soft line breaks (a trailing space) joined back into paragraphs. */
final class Flowed {

    private Flowed() {
    }

    static String unflow(String text, boolean deleteSpace) {
        var out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            boolean soft = line.endsWith(" ") && !line.equals("-- ") && i < lines.length - 1;
            if (soft) {
                out.append(deleteSpace ? line.substring(0, line.length() - 1) : line);
            } else {
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
