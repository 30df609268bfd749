package org.tessera.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tessera.shared.TooLarge;

/**
 * Content-addressed file storage under the data folder: each distinct content is written once, at a path made of
 * its SHA-256, so identical attachments (a logo in every signature) cost nothing extra.
 */
@Component
public class BlobStore {

    private final Path root;
    private final Path incoming;
    private final long maxSize;
    private final JdbcTemplate jdbc;

    BlobStore(@Value("${tessera.data-dir}") Path dataDir, @Value("${tessera.attachments.max-size}") DataSize maxSize,
              JdbcTemplate jdbc) {
        this.root = dataDir.resolve("files").toAbsolutePath();
        this.incoming = root.resolve("incoming");
        this.maxSize = maxSize.toBytes();
        this.jdbc = jdbc;
    }

    public long maxSize() {
        return maxSize;
    }

    public StoredBlob store(InputStream content, String filename) {
        return store(content, filename, maxSize);
    }

    /** Stores content up to a limit of its own: raw emails may be larger than any one attachment. */
    public StoredBlob store(InputStream content, String filename, long limit) {
        Path temp = null;
        try {
            Files.createDirectories(incoming);
            temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(content, out, limit, filename);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    // Another upload of the same content won: the bytes are the same.
                }
            }
            jdbc.update("insert into conversation_blob (sha256, size) values (?, ?) on conflict do nothing", hash, size);
            return new StoredBlob(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + filename, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit, String filename) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw new TooLarge(filename + " is larger than the limit of " + DataSize.ofBytes(limit).toMegabytes() + " MB");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A leftover in incoming/ is harmless; it is never referenced.
            }
        }
    }
}
