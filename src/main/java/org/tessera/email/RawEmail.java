package org.tessera.email;

import java.nio.file.Path;

/** The original of an email, byte for byte as it arrived, for download as an .eml file. */
public record RawEmail(Path path, String filename, long size) {
}
