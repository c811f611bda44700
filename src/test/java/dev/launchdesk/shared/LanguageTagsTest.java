package dev.launchdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void acceptsAndCanonicalisesBcp47Tags() {
        assertThat(LanguageTags.problemIn("id, EN-gb; th_TH fil zh-Hant-TW")).isEmpty();
        assertThat(LanguageTags.parse("id, EN-gb; th_TH fil zh-Hant-TW")).containsExactly("id", "en-GB", "th-TH", "fil", "zh-Hant-TW");
    }

    @Test
    void dropsDuplicates() {
        assertThat(LanguageTags.parse("en, en, EN")).containsExactly("en");
    }

    @Test
    void namesTheBadTag() {
        assertThat(LanguageTags.problemIn("en, english")).hasValueSatisfying(p -> assertThat(p).contains("'english'"));
        assertThat(LanguageTags.problemIn("en, xx")).hasValueSatisfying(p -> assertThat(p).contains("'xx'"));
        assertThat(LanguageTags.problemIn("en-")).isPresent();
    }

    @Test
    void requiresAtLeastOneTag() {
        assertThat(LanguageTags.problemIn("  ")).isPresent();
        assertThat(LanguageTags.problemIn(null)).isPresent();
    }
}
