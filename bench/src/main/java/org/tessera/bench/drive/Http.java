package org.tessera.bench.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** Tessera over HTTP: JSON with a bearer token for the API, a session cookie for pages. Any non-2xx is a failure. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request that did not get the answer it wanted; counted as an error. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
    }

    private final HttpClient client;
    private final String base;

    Http(String base) {
        this.base = base.replaceAll("/+$", "");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    String base() {
        return base;
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        return expect(send(request(path).header("Authorization", "Bearer " + token).GET()), 200, "GET " + path);
    }

    JsonNode post(String path, String token, Object body, int expected) throws IOException, InterruptedException {
        return expect(send(request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), expected, "POST " + path);
    }

    /** A personal API token, obtained with the account's email and password (HTTP Basic). */
    String token(String email, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        JsonNode issued = expect(send(request("/api/v1/tokens").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tessera-bench\"}"))), 201, "POST /api/v1/tokens as " + email);
        return issued.get("token").asText();
    }

    /** A page as a signed-in agent; a redirect (to the sign-in page) is a failure. */
    String page(String path, String cookie) throws IOException, InterruptedException {
        Response response = send(request(path).header("Cookie", cookie).GET());
        if (response.status() != 200) {
            throw new Failure("GET " + path + " -> " + response.status() + " " + response.headers().firstValue("Location").orElse(""));
        }
        return response.body();
    }

    Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode expect(Response response, int status, String what) throws IOException {
        if (response.status() != status) {
            String body = response.body() == null ? "" : response.body();
            throw new Failure(what + " -> " + response.status() + " " + body.substring(0, Math.min(200, body.length())));
        }
        return response.body() == null || response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
