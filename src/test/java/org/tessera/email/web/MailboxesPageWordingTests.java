package org.tessera.email.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The mailboxes page names the SMTP receiver's port as an administrator types it, in every language. */
class MailboxesPageWordingTests {

    @ParameterizedTest
    @CsvSource({"en, port 2526 and", "pt, porta 2526 e"})
    void theReceiversPortIsWrittenWithoutAThousandsSeparator(String language, String expected) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/email");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        String text = messages.getMessage("mailboxes.receiverOn", new Object[] {2526}, Locale.forLanguageTag(language));

        assertThat(text).contains(expected);
    }
}
