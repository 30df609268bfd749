package org.tessera.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of Tessera's pages, for links that leave the browser: in emails, in replies to customers, in
 * embed snippets. {@code TESSERA_PUBLIC_URL} names the address people reach Tessera at (behind a proxy, say); without
 * it, the address of the current request, and outside a request http://localhost with the server's port.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    PublicAddress(@Value("${tessera.public-url:}") String configured, Environment environment) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** {@code of("/portal/kb/articles/12")} -> "https://help.example.com/portal/kb/articles/12". */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
