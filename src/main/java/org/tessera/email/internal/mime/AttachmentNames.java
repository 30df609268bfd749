package org.tessera.email.internal.mime;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of a message's files: the one the sender gave, else one read from the Content-ID (as Outlook names
 * inline images), else one made up from what the part is; without any path, and unique within the message.
 */
final class AttachmentNames {

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/jpg", "jpg",
            "image/png", "png", "image/gif", "gif", "video/quicktime", "mov", "text/html", "html", "text/plain", "txt",
            "application/pdf", "pdf", "text/calendar", "ics", "video/mp4", "mp4");

    private final Set<String> names = new HashSet<>();

    String of(MimePart part, String type, byte[] content) {
        String name = part.filename();
        if (name == null) {
            name = nameFromContentId(part.contentId());
        }
        if (name == null) {
            return unique(cleanName(madeUpName(part, type, content)), "%s%d%s");
        }
        return unique(cleanName(name), "%s (%d)%s");
    }

    /** Names for parts that came without one, from what they are: "Subject.eml", "delivery-status.txt", "image.jpg". */
    private static String madeUpName(MimePart part, String type, byte[] content) {
        String description = part.description();
        if (type.equals("message/rfc822") || type.equals("message/global")) {
            MimePart inner = MimePart.read(content, RawHeaders.start(content), content.length, part.headerFallback(),
                    "text/plain");
            String subject = inner.header("Subject");
            if (subject != null && !subject.isBlank()) {
                return subject.strip() + ".eml";
            }
            return (description == null ? "message" : description) + ".eml";
        }
        if (type.startsWith("message/") || type.equals("text/rfc822-headers")) {
            return description == null ? type.substring(type.indexOf('/') + 1) + ".txt" : description + ".txt";
        }
        String extension = EXTENSIONS.get(type);
        if (extension == null) {
            return "file";
        }
        String base = switch (type.substring(0, type.indexOf('/'))) {
            case "image" -> "image";
            case "video" -> "video";
            case "text" -> "document";
            default -> "file";
        };
        return base + "." + extension;
    }

    private static String cleanName(String name) {
        String clean = name.replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() ? "file" : clean;
    }

    /** Outlook names inline images in their Content-ID: "image001.jpg@01CDB132.D8A510F0". */
    private static String nameFromContentId(String contentId) {
        if (contentId == null) {
            return null;
        }
        String local = contentId.contains("@") ? contentId.substring(0, contentId.indexOf('@')) : contentId;
        return local.matches("[\\w .-]+\\.[A-Za-z0-9]{2,5}") ? local : null;
    }

    /**
     * A second file of the same name gets a number before its extension, so every file can be told apart in the
     * list: a made-up "image.jpg" becomes "image1.jpg", a name the sender chose keeps its words apart from the number
     * ("Screen Shot at 09.00.38 (1).png", not "...09.00.381.png", which reads as another time).
     */
    private String unique(String name, String numbered) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; !names.add(candidate); n++) {
            candidate = String.format(numbered, base, n, extension);
        }
        return candidate;
    }

}
