package org.tessera.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;
import org.tessera.conversation.internal.BlobStore;

/**
 * Content-addressed files for other modules (a channel's raw originals, say): kept once per distinct content under
 * its SHA-256, read back by that hash. Who may read a file is the calling module's business.
 */
@Service
public class FileStore {

    private final BlobStore blobs;

    FileStore(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Keeps the content (at most maxBytes, else {@link org.tessera.shared.TooLarge}) and answers its SHA-256. */
    public String keep(InputStream content, String name, long maxBytes) {
        return blobs.store(content, name, maxBytes).sha256();
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public byte[] read(String sha256) throws IOException {
        return Files.readAllBytes(path(sha256));
    }

    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return blobs.pathOf(sha256);
    }

    /** The largest single attachment accepted. */
    public long attachmentLimit() {
        return blobs.maxSize();
    }
}
