package dev.launchdesk.sop.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.authoring.SopDiff;
import dev.launchdesk.sop.library.SopRenderer;

class SopSectionsTest {

    private static final String SOP = """
            Intro line.
            # Refunds
            ## Steps
            1. Check the order.
            ```
            # not a heading inside a fence
            ```
            ## Steps
            Second steps section.
            ## Escalation
            Tier 2.
            """;

    @Test
    void cutsAtHeadingsButNotInsideCodeFences() {
        assertThat(SopSections.of(SOP)).extracting(SopSections.Section::heading)
                .containsExactly("(introduction)", "Refunds", "Steps", "Steps", "Escalation");
        assertThat(SopSections.of(SOP)).extracting(SopSections.Section::anchor)
                .containsExactly("introduction", "refunds", "steps", "steps-2", "escalation");
    }

    @Test
    void anchorsKeepLettersOfEveryScript() {
        assertThat(SopSections.anchor("ขั้นตอน การคืนเงิน")).isEqualTo("ขั้นตอน-การคืนเงิน");
        assertThat(SopSections.anchor("Hoàn tiền (Refund)")).isEqualTo("hoàn-tiền-refund");
    }

    @Test
    void namesChangedAddedAndRemovedSections() {
        String before = "# A\none\n# B\ntwo\n# C\nthree\n";
        String after = "# A\none\n# B\nTWO\n# D\nfour\n";
        assertThat(SopSections.changed(before, after)).containsExactly("B", "D", "C");
        assertThat(SopSections.changed(before, before)).isEmpty();
        assertThat(SopSections.changed(null, "# A\none\n")).containsExactly("A");
    }

    @Test
    void findsAndResolvesPolicyPlaceholders() {
        String text = "Refund within {{refund.window.days}} days; reply in {{ sla.first_response.hours }}h; {{unknown.key}}; {{Bad}}.";
        assertThat(SopParameters.used(text)).containsExactly("refund.window.days", "sla.first_response.hours", "unknown.key");
        assertThat(SopParameters.resolve(text, java.util.Map.of("refund.window.days", "15", "sla.first_response.hours", "4")))
                .isEqualTo("Refund within 15 days; reply in 4h; {{unknown.key}}; {{Bad}}.");
    }

    @Test
    void markdownIsRenderedSafely() {
        String html = SopRenderer.withValues("# Hi\n<script>alert(1)</script>\n[x](javascript:alert(1)) {{a.b}} {{c.d}}",
                java.util.Map.of("c.d", "15"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:")
                .contains("<mark class=\"unresolved-parameter\"").contains("15").contains("id=\"hi\"");
    }

    @Test
    void diffMarksChangedWordsAndEscapesHtml() {
        var rows = SopDiff.rows("Refund within 7 days\n<b>same</b>\n", "Refund within 15 days\n<b>same</b>\n");
        assertThat(rows.get(0).kind()).isEqualTo(SopDiff.Kind.CHANGE);
        assertThat(rows.get(0).oldHtml()).contains("<del>7</del>");
        assertThat(rows.get(0).newHtml()).contains("<ins>15</ins>");
        assertThat(rows.get(1).newHtml()).contains("&lt;b&gt;");
    }
}
