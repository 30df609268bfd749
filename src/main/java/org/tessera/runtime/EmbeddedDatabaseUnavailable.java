package org.tessera.runtime;

/** The embedded PostgreSQL server could not start; Tessera cannot run without a database. */
public class EmbeddedDatabaseUnavailable extends RuntimeException {

    EmbeddedDatabaseUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
