package org.tessera.conversation;

import java.io.IOException;
import java.io.InputStream;

/** A file on its way in, from a form, the API or (later) an email: read once, while it is stored. */
public interface Upload {

    String filename();

    String contentType();

    InputStream open() throws IOException;
}
