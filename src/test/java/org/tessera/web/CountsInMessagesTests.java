package org.tessera.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts on pages read as people write them: one result, one condition, two of them; in English and Portuguese. */
class CountsInMessagesTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/messages", "i18n/knowledge", "i18n/automation", "i18n/sla");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            knowledge.resultsFor         | en | 1 | 1 result for “vpn”
            knowledge.resultsFor         | en | 3 | 3 results for “vpn”
            knowledge.resultsFor         | pt | 1 | 1 resultado para “vpn”
            knowledge.resultsFor         | pt | 0 | Nenhum resultado para “vpn”
            automation.rules.fired       | en | 1 | acted once
            automation.rules.fired       | en | 20 | acted 20 times
            automation.rules.fired       | pt | 1 | agiu uma vez
            automation.dry.others        | en | 1 | 1 ticket it would leave alone
            automation.macro.changeCount | pt | 1 | 1 alteração
            sla.someOrganizations        | en | 1 | 1 organization
            sla.someOrganizations        | pt | 2 | 2 organizações
            """)
    void aCountAgreesWithItsNoun(String key, String language, int count, String expected) {
        assertThat(MESSAGES.getMessage(key, new Object[] {count, "vpn"}, Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 1 | 1 | 1 condition · 1 action
            en | 2 | 0 | 2 conditions · no actions
            pt | 1 | 3 | 1 condição · 3 ações
            """)
    void aRuleSaysHowManyConditionsAndActionsItHas(String language, int conditions, int actions, String expected) {
        assertThat(MESSAGES.getMessage("automation.rules.shape", new Object[] {conditions, actions},
                Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
