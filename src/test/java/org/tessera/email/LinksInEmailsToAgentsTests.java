package org.tessera.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import org.tessera.email.internal.EmailSettings;
import org.tessera.web.PublicAddress;

/** A ticket link in an email to an agent points where people reach Tessera, not at the machine it runs on. */
class LinksInEmailsToAgentsTests {

    private final ApplicationContextRunner tessera = new ApplicationContextRunner().withBean(PublicAddress.class);

    @Test
    void theLinkUsesThePublicAddress() {
        tessera.withPropertyValues("tessera.public-url=https://help.example.com/").run(context -> {

            String link = correspondence(null, context.getBean(PublicAddress.class)).ticketLink(1042);

            assertThat(link).isEqualTo("https://help.example.com/tickets/1042");
        });
    }

    @Test
    void anAddressForLinksToAgentsWinsOverThePublicOne() {
        tessera.withPropertyValues("tessera.public-url=https://help.example.com").run(context -> {

            String link = correspondence("https://agents.example.com/", context.getBean(PublicAddress.class))
                    .ticketLink(1042);

            assertThat(link).isEqualTo("https://agents.example.com/tickets/1042");
        });
    }

    /** Only the addresses matter to a link; the records of received mail and the mailboxes play no part. */
    private static Correspondence correspondence(String baseUrl, PublicAddress address) {
        var settings = new EmailSettings(null, null, null, null, DataSize.ofMegabytes(50), baseUrl, null, 5, 0, 0);
        return new Correspondence(null, null, settings, address);
    }
}
