package org.tessera.email.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.tessera.conversation.Upload;

/** A file an email brought, already in memory. */
public record BytesUpload(String filename, String contentType, byte[] content) implements Upload {

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
