package org.tessera.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tessera.conversation.StoredFile;

/** A file of a request, for its customer: inert types open in the browser, anything else downloads, never sniffed. */
final class PortalDownloads {

    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain");

    private PortalDownloads() {
    }

    static ResponseEntity<Resource> of(StoredFile file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException invalid) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        boolean inline = INLINE.contains(type.getType() + "/" + type.getSubtype());
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(new FileSystemResource(file.path()));
    }
}
