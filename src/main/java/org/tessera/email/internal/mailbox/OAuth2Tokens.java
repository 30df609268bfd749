package org.tessera.email.internal.mailbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tessera.email.internal.Mailbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for mailboxes that sign in with OAuth2 (XOAUTH2, as Microsoft 365 and Google require): obtained
 * from the provider's token endpoint with the refresh token the administrator entered, and reused until shortly
 * before they expire.
 */
@Component
public class OAuth2Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    OAuth2Tokens(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    private record Token(String fingerprint, String value, Instant expires) {
    }

    public String accessToken(Mailbox mailbox) {
        String fingerprint = mailbox.oauthTokenUrl() + "|" + mailbox.oauthClientId() + "|"
                + mailbox.oauthRefreshToken().hashCode();
        Token cached = tokens.get(mailbox.id());
        if (cached != null && cached.fingerprint().equals(fingerprint)
                && cached.expires().isAfter(clock.instant().plus(MARGIN))) {
            return cached.value();
        }
        Token fresh = request(mailbox, fingerprint);
        tokens.put(mailbox.id(), fresh);
        return fresh.value();
    }

    private Token request(Mailbox mailbox, String fingerprint) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", mailbox.oauthRefreshToken());
        form.put("client_id", mailbox.oauthClientId());
        if (mailbox.oauthClientSecret() != null && !mailbox.oauthClientSecret().isEmpty()) {
            form.put("client_secret", mailbox.oauthClientSecret());
        }
        if (mailbox.oauthScope() != null && !mailbox.oauthScope().isBlank()) {
            form.put("scope", mailbox.oauthScope());
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(mailbox.oauthTokenUrl()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the OAuth2 token endpoint answered " + response.statusCode() + ": "
                        + shorten(response.body()));
            }
            JsonNode json = JSON.readTree(response.body());
            if (json.get("access_token") == null) {
                throw new IllegalStateException("the OAuth2 token endpoint sent no access_token");
            }
            long seconds = json.get("expires_in") == null ? 3600 : json.get("expires_in").asLong(3600);
            return new Token(fingerprint, json.get("access_token").asString(),
                    clock.instant().plusSeconds(seconds));
        } catch (IOException e) {
            throw new IllegalStateException("the OAuth2 token endpoint could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for an OAuth2 token", e);
        }
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) : text;
    }
}
