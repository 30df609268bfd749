package org.tessera.automation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tessera.automation.internal.WebhookSignature;

/** Receivers check webhook calls with the shared secret: HMAC-SHA256 of "timestamp.body". */
class WebhookSignatureTests {

    @Test
    void signsTheTimestampAndBodyWithTheSecret() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'secret-of-sixteen'
        assertThat(WebhookSignature.sign("secret-of-sixteen", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("sha256=" + hmac("secret-of-sixteen", "1700000000.{\"a\":1}"));
    }

    @Test
    void anotherBodyOrTimeGivesAnotherSignature() {
        String signature = WebhookSignature.sign("secret-of-sixteen", 1L, "{}");

        assertThat(WebhookSignature.sign("secret-of-sixteen", 2L, "{}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("secret-of-sixteen", 1L, "{ }")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("another-secret!!", 1L, "{}")).isNotEqualTo(signature);
    }

    static String hmac(String secret, String text) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
