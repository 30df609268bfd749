package org.tessera.email.internal.intake;

import java.util.ArrayList;
import java.util.List;
import org.tessera.conversation.ReceivedFile;
import org.tessera.email.internal.BytesUpload;
import org.tessera.email.internal.mime.ParsedAttachment;
import org.tessera.email.internal.mime.ParsedMessage;

/**
 * An email's content as the conversation keeps it: its text, its HTML, and its files, except files over the
 * attachment limit, which are replaced by a note in the text (they stay in the raw original).
 */
public record ReceivedContent(String text, String html, List<ReceivedFile> files) {

    public static ReceivedContent of(ParsedMessage parsed, long attachmentLimit) {
        var files = new ArrayList<ReceivedFile>();
        var notes = new StringBuilder();
        for (ParsedAttachment a : parsed.attachments()) {
            if (a.size() > attachmentLimit) {
                notes.append("\n\n[The attachment \"").append(a.filename()).append("\" (")
                        .append(megabytes(a.size())).append(") is larger than the limit of ")
                        .append(megabytes(attachmentLimit))
                        .append(" and was not kept separately; it is in the original email.]");
                continue;
            }
            files.add(new ReceivedFile(new BytesUpload(a.filename(), a.contentType(), a.content()), a.contentId(),
                    a.inline()));
        }
        String text = parsed.text() + notes;
        String html = parsed.html();
        if (html != null && !notes.isEmpty()) {
            html = html + "<p><em>" + escape(notes.toString().strip()).replace("\n\n", "<br>") + "</em></p>";
        }
        return new ReceivedContent(text, html, files);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
