package org.tessera.portal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A signed stamp in every form for people who have not signed in: which form, and when it was shown. A stamp that
 * is forged, older than a day or younger than a person could fill the form in marks the sender as a script. Embedded
 * forms have no session, so the stamp also stands in for the session's CSRF token there.
 */
@Component
public class FormSignatures {

    public static final Duration FASTEST_PERSON = Duration.ofSeconds(2);
    private static final Duration VALID_FOR = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] key;

    FormSignatures(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public String stamp(long formId) {
        String payload = formId + ":" + clock.instant().getEpochSecond();
        return payload + ":" + sign(payload);
    }

    public Verdict check(String stamp, long formId) {
        if (stamp == null) {
            return Verdict.FORGED;
        }
        String[] parts = stamp.split(":");
        if (parts.length != 3 || !parts[0].equals(String.valueOf(formId))
                || !java.security.MessageDigest.isEqual(sign(parts[0] + ":" + parts[1]).getBytes(StandardCharsets.UTF_8),
                        parts[2].getBytes(StandardCharsets.UTF_8))) {
            return Verdict.FORGED;
        }
        Instant shown;
        try {
            shown = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        Duration age = Duration.between(shown, clock.instant());
        if (age.compareTo(VALID_FOR) > 0 || age.isNegative()) {
            return Verdict.EXPIRED;
        }
        return age.compareTo(FASTEST_PERSON) < 0 ? Verdict.TOO_FAST : Verdict.GOOD;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = jdbc.queryForObject("select hmac_key from portal_secret where id = 1", String.class)
                    .getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    public enum Verdict { GOOD, TOO_FAST, EXPIRED, FORGED }
}
