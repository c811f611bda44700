package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageProfileTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "en, ENGLISH", "en-SG, ENGLISH", "EN_gb, ENGLISH",
            "id, INDONESIAN", "id-ID, INDONESIAN", "in, INDONESIAN",
            "ms, MALAY", "ms-MY, MALAY",
            "th, THAI", "th-TH, THAI",
            "vi, VIETNAMESE", "vi-VN, VIETNAMESE",
            "es, SPANISH", "es-419, SPANISH", "es-MX, SPANISH",
            "fil, OTHER", "zh-Hant-TW, OTHER", "'', OTHER", "null, OTHER"})
    void theProfileFollowsThePrimaryLanguage(String tag, LanguageProfile profile) {
        assertThat(LanguageProfile.of(tag)).isEqualTo(profile);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ENGLISH, body_en", "THAI, body_th", "VIETNAMESE, body_vi_folded", "OTHER, body_other"})
    void snippetsComeFromTheFieldEveryQuerySearches(LanguageProfile profile, String field) {
        assertThat(profile.snippetField()).isEqualTo(field);
    }
}
