package org.tessera.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.internal.ApiToken;
import org.tessera.identity.internal.ApiTokenRecords;
import org.tessera.identity.internal.AccountAndActor;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** Personal API tokens: issued once in clear, stored as a hash, listed and revoked by their owner. */
@Service
@Transactional
public class ApiTokens {

    private static final String PREFIX = "tsr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRecords tokens;
    private final java.util.Map<String, Instant> lastTouched = new java.util.concurrent.ConcurrentHashMap<>();

    ApiTokens(ApiTokenRecords tokens) {
        this.tokens = tokens;
    }

    public IssuedToken issue(long userId, String name) {
        String label = name == null || name.isBlank() ? "API token" : name.trim();
        if (label.length() > 100) {
            throw new InvalidInput("name", "must have at most 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(userId, label, hash(token), token.substring(token.length() - 4)));
        return new IssuedToken(saved.id(), label, token);
    }

    /** The account a presented token belongs to, if it is a live token. */
    public Optional<AccountAndActor> accountOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<AccountAndActor> account = tokens.findAccountByHash(hash);
        if (account.isPresent()) {
            Instant now = Instant.now();
            // "Last used" is shown to the minute: write it at most once a minute per token and node, not per call.
            Instant touched = lastTouched.get(hash);
            if (touched == null || touched.isBefore(now.minus(TOUCH_EVERY))) {
                lastTouched.put(hash, now);
                tokens.touch(hash, now, now.minus(TOUCH_EVERY));
            }
        }
        return account;
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t -> new TokenInfo(t.id(), t.name(), t.hint(), t.createdAt(), t.lastUsedAt()))
                .toList();
    }

    public void revoke(long userId, long tokenId) {
        if (tokens.deleteOwned(tokenId, userId) == 0) {
            throw new NotFound("Token " + tokenId);
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(long id, String name, String token) {
    }

    public record TokenInfo(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
    }
}
