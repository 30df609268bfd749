package org.tessera.email.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Message-IDs of the mail Tessera sends, self-describing and signed: {@code <tessera.1042.k3x9q2m7c1.5fa0c2d91e@host>}
 * names ticket 1042, and the signature (over the number and the random part, with a key kept in the database) proves
 * we made it. A reply's In-Reply-To or References thus leads to its ticket without any lookup, and nobody can steer
 * mail into a ticket by inventing such an id.
 */
@Component
public class MessageIds {

    private static final Pattern OURS = Pattern.compile("^tessera\\.(\\d{1,18})\\.([a-z0-9]{10,})\\.([0-9a-f]{10})@.+$");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final EmailSettings settings;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    MessageIds(JdbcTemplate jdbc, EmailSettings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new Message-ID for mail about the ticket with this number, without angle brackets. */
    public String next(long ticketNumber) {
        var nonce = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            nonce.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return "tessera." + ticketNumber + "." + nonce + "." + signature(ticketNumber + "." + nonce) + "@"
                + settings.messageIdDomain();
    }

    /** The ticket number an id names, if it is one of ours and its signature holds. */
    public Optional<Long> ticketNumberIn(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = OURS.matcher(messageId.strip().replaceAll("^<|>$", ""));
        if (!m.matches() || !signature(m.group(1) + "." + m.group(2)).equals(m.group(3))) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }

    /** Whether an id has our shape at all, signed or not: mail that claims to come from us. */
    public boolean looksLikeOurs(String messageId) {
        return messageId != null && OURS.matcher(messageId.strip().replaceAll("^<|>$", "")).matches();
    }

    private String signature(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII))).substring(0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            // In a transaction of its own: the key must outlive whatever transaction first needed it.
            String stored = ownTransaction.execute(status -> {
                jdbc.update("insert into email_secret (id, hmac_key) values (1, ?) on conflict do nothing",
                        HexFormat.of().formatHex(fresh));
                return jdbc.queryForObject("select hmac_key from email_secret where id = 1", String.class);
            });
            k = HexFormat.of().parseHex(stored);
            key = k;
        }
        return k;
    }
}
