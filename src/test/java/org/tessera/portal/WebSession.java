package org.tessera.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar (so one session), pages fetched as HTML, forms posted with the CSRF
 * token of the last page shown, redirects not followed (so tests see where they lead).
 */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_BODY = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    public WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A session signed in with email and password at the given sign-in page (/login or /portal/login). */
    public static WebSession signedIn(String base, String loginPage, String email, String password) {
        var session = new WebSession(base);
        session.get(loginPage);
        var answer = session.post(loginPage, Map.of("username", email, "password", password));
        if (answer.status() != 302 || answer.location().contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + answer.status() + " " + answer.location());
        }
        // Signing in renews the CSRF token: take the new one from a page.
        session.get("/portal");
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of the last page (fetched first if there was none). */
    public Page post(String path, Map<String, String> fields) {
        if (csrf == null) {
            get("/portal");
        }
        var all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts without any CSRF token, as a forged cross-site form would. */
    public Page postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts JSON with this session's cookies and nothing else, as a script on another site could make a browser do. */
    public Page postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var page = new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""),
                    response.headers());
            Matcher m = CSRF.matcher(page.html());
            if (m.find()) {
                csrf = m.group(1);
            } else {
                Matcher b = CSRF_BODY.matcher(page.html());
                if (b.find()) {
                    csrf = b.group(1);
                }
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public record Page(int status, String html, String location, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + location + " " + (html.length() > 400 ? html.substring(0, 400) : html);
        }
    }
}
