package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void keepsTheTextAndDropsTheMarkup() {
        String text = MarkdownText.of("""
                # Refunds

                Issue a **refund** within *3 days*. See [the policy](https://example.com/policy) ![chart](c.png).

                - step one
                - step `two`

                | Case | Days |
                |------|------|
                | Damaged | 7 |
                """);

        assertThat(text).contains("Refunds", "Issue a refund within 3 days. See the policy chart.", "step one", "Damaged", "7")
                .doesNotContain("#", "**", "*3", "https://", "c.png", "](", "|-");
    }

    @Test
    void rawHtmlStaysTextForTheSnippetToEscape() {
        assertThat(MarkdownText.of("<script>alert(1)</script>")).contains("<script>alert(1)</script>");
    }

    @Test
    void blankOrMissingMarkdownIsEmptyText() {
        assertThat(MarkdownText.of(null)).isEmpty();
        assertThat(MarkdownText.of("  \n ")).isEmpty();
    }

    @Test
    void textIsComposedSoCombiningMarksMatchPrecomposedLetters() {
        String decomposed = Normalizer.normalize("Hoàn tiền", Normalizer.Form.NFD);

        assertThat(MarkdownText.of(decomposed)).isEqualTo("Hoàn tiền");
        assertThat(MarkdownText.canonical(decomposed)).isEqualTo("Hoàn tiền");
    }
}
