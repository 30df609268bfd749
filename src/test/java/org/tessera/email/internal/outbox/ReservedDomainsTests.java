package org.tessera.email.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mail to domains that can never receive any (the demo data's) fails at once with the reason, not after a day. */
class ReservedDomainsTests {

    @Test
    void theExampleAndInvalidTopLevelDomainsNeverReceiveMail() {
        assertThat(OutboxDispatcher.reservedDomain("ana@padariaboavista.example")).isEqualTo("padariaboavista.example");
        assertThat(OutboxDispatcher.reservedDomain("Rui@Mail.Example")).isEqualTo("mail.example");
        assertThat(OutboxDispatcher.reservedDomain("x@nowhere.invalid")).isEqualTo("nowhere.invalid");
    }

    @Test
    void realDomainsAndTheExampleSecondLevelDomainsAreSentTo() {
        assertThat(OutboxDispatcher.reservedDomain("ana@example.com")).isNull();
        assertThat(OutboxDispatcher.reservedDomain("ana@examples.org")).isNull();
        assertThat(OutboxDispatcher.reservedDomain("ana@tessera.test")).isNull();
        assertThat(OutboxDispatcher.reservedDomain("ana@example-shop.pt")).isNull();
    }
}
