package org.tessera.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into the one clear line a new user needs, instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailable cause) {
        return new FailureAnalysis(
                "The embedded PostgreSQL server could not start: " + cause.getMessage(),
                "Use an external PostgreSQL 15+ instead: set TESSERA_DB_URL=jdbc:postgresql://HOST:5432/DATABASE"
                        + " (and TESSERA_DB_USER, TESSERA_DB_PASSWORD), then start Tessera again.",
                cause);
    }
}
