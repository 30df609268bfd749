package org.tessera.conversation;

import java.nio.file.Path;

/** An attachment ready for download: the file on disk with its original name and type. */
public record StoredFile(Path path, String filename, String contentType, long size) {
}
