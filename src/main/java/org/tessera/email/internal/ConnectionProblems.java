package org.tessera.email.internal;

import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * Why a mail server could not be reached, in words an administrator can act on. Java's own messages name the layer
 * that failed ("Connect failed", "PKIX path building failed: sun.security...") rather than the cause, which hides
 * in the chain: a certificate nobody vouches for, a host that does not exist, a port nobody listens on.
 */
public final class ConnectionProblems {

    private ConnectionProblems() {
    }

    public static String describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || t instanceof CertificateException) {
                return "the server's certificate is not trusted (self-signed, or from an authority Java does not"
                        + " know): use a certificate from a public authority, or add it to Java's trust store";
            }
            if (t instanceof UnknownHostException) {
                return "no such host: " + t.getMessage();
            }
            if (t instanceof ConnectException) {
                return "nobody answers at that host and port: " + message(failure);
            }
            if (t instanceof SocketTimeoutException) {
                return "the server did not answer in time (" + t.getMessage() + ")";
            }
            if (t instanceof AuthenticationFailedException) {
                return "the server refused the sign-in: " + t.getMessage();
            }
            if (t instanceof SSLException && t.getCause() == null) {
                return "the secure connection failed (is the security setting, SSL/TLS or STARTTLS, the one this"
                        + " port speaks?): " + t.getMessage();
            }
            root = t;
        }
        String top = message(failure);
        String cause = message(root);
        return root == failure || top.contains(cause) ? top : top + " (" + cause + ")";
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
